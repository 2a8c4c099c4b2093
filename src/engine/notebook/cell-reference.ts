import { cellGroups, cellNameEntries, cellNames, type CellNameDefinition } from "#engine/cell-names/cell-names.ts";
import type { CellNames } from "./globals.ts";
import type { Hover } from "./hover.ts";

/** A name every cell can use without importing it. */
export type CellName = keyof CellNames;

/** The definitions, typed by the names cells are given: a name given without a definition does not type-check. */
export const cellReference: Readonly<Record<CellName, CellNameDefinition>> = cellNames;

/**
 * The reference as the README and the guide print it: a list per group, each name with its type as tsc
 * prints it in a hover, what it means (its definition's doc comment, as the hover shows it) and its example;
 * after the checks, the fields of their options, as `hovers.options` spells them out.
 */
export function cellReferenceMarkdown(hovers: Readonly<Record<string, Hover>>): string {
  return cellGroups
    .map((group) => {
      const items = cellNameEntries
        .filter(([, definition]) => definition.group === group)
        .map(([name, { example }]) => {
          const { signature, doc } = hovers[name] ?? { signature: name, doc: "" };
          return `- \`${signature.replace(/^const /, "")}\`: ${doc}.\n  Example: \`${example}\``;
        });
      const options = group === "Checks" && hovers.options ? [optionsLine(hovers.options)] : [];
      return `${group}:\n\n${[...items, ...options].join("\n")}\n`;
    })
    .join("\n");
}

/** The checks' options, as a hover of a value of their type spells them out. */
function optionsLine({ signature }: Hover): string {
  return `\nEvery check's \`options\`: \`${signature.replace(/^const options: /, "")}\`.`;
}

/**
 * `text` (README.md) with the lists of its "Cell reference" section, from
 * the first group's line to the next heading, written afresh as `reference`; the section's opening paragraph
 * is left as it is. `npm run reference` writes them so, and a test fails while they differ.
 */
export function withReference(text: string, reference: string): string {
  const section = /^#+ Cell reference$/m.exec(text);
  const start = section ? text.indexOf(`\n${cellGroups[0]}:\n`, section.index) + 1 : 0;
  const end = text.indexOf("\n#", start);
  if (!section || start === 0 || end < 0)
    throw new Error(`no "Cell reference" section with its "${cellGroups[0]}:" list, before a next heading`);
  return `${text.slice(0, start)}${reference}${text.slice(end)}`;
}
