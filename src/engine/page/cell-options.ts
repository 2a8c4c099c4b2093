import { pageError } from "#engine/diagnostics/page-error.ts";

/** How a page shows a cell: ```` ```ts cell hide caption="Net provisions" ````. */
export interface CellOptions {
  /** Show the output only, not the code. */
  readonly hide: boolean;
  /** Fold the code away, one click from view. */
  readonly collapse: boolean;
  /** Fold the code, but start unfolded. */
  readonly open: boolean;
  /** The output is what the page finds: the claims table states it for the page's section (src/engine/findings/findings.ts). */
  readonly finding: boolean;
  readonly caption: string | undefined;
}

const flags = ["hide", "collapse", "open", "finding"] as const;
const valued = ["caption"] as const;

/** `word`, `word=value`, `word="quoted value"` or `word='quoted value'`. */
const optionPattern = /([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S*)))?/g;

/**
 * The options of a cell, from the words after `cell` on its fence line. Unknown words are errors rather
 * than ignored, so that a misspelt `hdie` does not silently show the code.
 */
export function parseCellOptions(words: string, where: { file: string; text: string; line: number }): CellOptions {
  const options: { -readonly [Key in keyof CellOptions]: CellOptions[Key] } = {
    hide: false,
    collapse: false,
    open: false,
    finding: false,
    caption: undefined,
  };
  const fail = (message: string, hint: string) => pageError(message, { ...where, hint });
  for (const [, name = "", doubleQuoted, singleQuoted, bare] of words.matchAll(optionPattern)) {
    const value = doubleQuoted ?? singleQuoted ?? bare;
    if (isFlag(name)) {
      if (value !== undefined)
        throw fail(`the cell option \`${name}\` takes no value, but has "${value}"`, `write \`${name}\` alone`);
      options[name] = true;
    } else if (isValued(name)) {
      if (!value) throw fail(`the cell option \`${name}\` needs a value`, `write ${name}="…"`);
      options[name] = value;
    } else {
      throw fail(
        `unknown cell option \`${name}\``,
        `cells take ${[...flags, ...valued.map((option) => `${option}="…"`)].join(", ")}`,
      );
    }
  }
  return options;
}

function isFlag(name: string): name is (typeof flags)[number] {
  return (flags as readonly string[]).includes(name);
}

function isValued(name: string): name is (typeof valued)[number] {
  return (valued as readonly string[]).includes(name);
}
