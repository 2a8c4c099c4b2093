// How a page's cells run. Every cell is parsed alone with Babel (for its syntax errors, imports, declared
// names and final expression), then the cells are laid into ONE TypeScript text whose line n is line n of
// the MDX page: the code at its own lines, glue only on lines that hold fences or prose, and the whole an
// async function whose parameters are the injected names. Sharing one function body is what makes the
// cells share scope; an async body gives them top-level await. Oxc (Rolldown's transformer, in-process:
// a tenth of the time of esbuild's synchronous call to its service) strips the types and its source map
// takes positions back to that text, hence to the page, so a throw, or `locate()` called by a check, reads
// its page line from the stack. Cells import nothing: they run in a sandbox (src/engine/sandbox) with the names
// it gives them, so an import is refused here, at its line.
import { SourceMap } from "node:module";
import { parse } from "@babel/parser";
import type { Node, Program } from "@babel/types";
import { transformSync } from "rolldown/utils";
import { type Declaration, declaredNames } from "./declared-names.ts";
import { type Cell, extractCells } from "#engine/page/cells.ts";
import { pageError } from "#engine/diagnostics/page-error.ts";
import { kept } from "#engine/state/state.ts";

export interface CompiledCell extends Cell {
  /** Whether the cell ends in an expression, whose value is its output. */
  readonly hasOutput: boolean;
}

/** What a page's module needs of its notebook before running it: the cells, and the names they declare. */
export interface NotebookOutline {
  readonly file: string;
  readonly text: string;
  readonly cells: readonly CompiledCell[];
  /** The names the cells declare, which later cells and the page's prose can use. */
  readonly names: readonly string[];
}

export interface CompiledNotebook extends NotebookOutline {
  /** The injected names, in the order the compiled function takes them. */
  readonly globals: readonly string[];
  /**
   * A JavaScript expression: `async (__names, __recount) => …` that runs the cells, with the injected
   * names as constants taken from `__names`, and returns the names the cells declare. `__recount` has
   * `cell(index)` and `out(index, value)`; cells cannot name either (nor reach them as `arguments`).
   */
  readonly code: string;
  /**
   * The name `code` runs under, which stack frames show: the page's, marked as its notebook, lest Vite's
   * stack rewriting take the frames for the page's own compiled module and map them through its map.
   */
  readonly script: string;
  /** The page position (1-based line and column) of a position in `code`, if it comes from a cell. */
  position(line: number, column: number): { line: number; column: number } | undefined;
}

/** An outline with what compiling it needs: every declaration in order, and the cells laid out as TypeScript lines. */
interface ParsedNotebook extends NotebookOutline {
  readonly declarations: ReadonlyArray<Declaration & { readonly cell: number }>;
  readonly lines: readonly string[];
  readonly shifts: readonly Shift[];
}

/** The compiled code's own name for its runtime; cells may declare no name starting with `__`. */
const runtime = "__recount";

/** The compiled function's own parameters, which no cell may name: the runtime is the notebook's, not theirs. */
const ownNames = new Set(["__names", runtime]);

/**
 * The last parse of each page. A bundle asks for a page's outline twice from one text (the page's cells are
 * rewritten, its notebook module exports their names), so the last one is reused. Compilations are not kept:
 * each run makes its own, and what it holds (the code, its source map) is garbage once the run is over.
 */
const lastParses = kept("each page's last parse", () => new Map<string, ParsedNotebook>());

/**
 * The outline of a page's notebook: its cells parsed, without compiling them. Errors an editor can fix
 * (syntax, a name declared twice, an `export` or an import) are RecountErrors at the page line.
 */
export function outlineNotebook(text: string, { file }: { file: string }): NotebookOutline {
  return parseNotebook(text, file);
}

/** Compiles the cells of a page; errors as for `outlineNotebook`, and a name clashing with an injected one. */
export function compileNotebook(
  text: string,
  { file, globals = [] }: { file: string; globals?: readonly string[] },
): CompiledNotebook {
  return compile(parseNotebook(text, file), globals);
}

function parseNotebook(text: string, file: string): ParsedNotebook {
  const parses = lastParses.get();
  const last = parses.get(file);
  if (last?.text === text) return last;
  const parsed = parsePage(text, file);
  parses.set(file, parsed);
  return parsed;
}

function parsePage(text: string, file: string): ParsedNotebook {
  const cells = extractCells(text, { file });
  const lines = text.split(/\r?\n/).map(() => "");
  const compiledCells: CompiledCell[] = [];
  const declarations: (Declaration & { cell: number })[] = [];
  const shifts: Shift[] = [];
  for (const cell of cells) {
    const program = parseCell(cell, { file, text });
    const edits: Edit[] = [];
    for (const statement of program.body) {
      refuseImports(statement, { cell: cell.index, file, text });
      if (statement.type.startsWith("Export")) {
        throw pageError(`cell ${cell.index + 1} exports a name, but cells share their names without exports`, {
          file,
          text,
          line: statement.loc!.start.line,
          hint: "remove `export`: later cells and the page's prose can already use every top-level name of a cell",
        });
      }
      for (const declared of declaredNames(statement)) {
        checkDeclaration(declared, { cell: cell.index, declarations, file, text });
        declarations.push({ ...declared, cell: cell.index });
      }
    }
    const output = finalExpression(program);
    if (output) {
      const prefix = `${runtime}.out(${cell.index}, (`;
      edits.push(
        { start: output.start!, end: output.start!, text: prefix },
        { start: output.end!, end: output.end!, text: "))" },
      );
      shifts.push({ line: output.loc!.start.line, column: output.loc!.start.column + 1, width: prefix.length });
    }
    lines[cell.openingLine - 1] = `;${runtime}.cell(${cell.index});`;
    applyEdits(cell.code, edits)
      .split("\n")
      .forEach((line, offset) => (lines[cell.startLine - 1 + offset] = line));
    compiledCells.push({ ...cell, hasOutput: output !== undefined });
  }
  const names = [...new Set(declarations.map(({ name }) => name))];
  return { file, text, cells: compiledCells, names, declarations, lines, shifts };
}

function compile(parsed: ParsedNotebook, globals: readonly string[]): CompiledNotebook {
  const { file, text, cells, names, declarations, shifts } = parsed;
  const clash = declarations.find(({ name }) => globals.includes(name));
  if (clash) {
    const { name, line, column, cell } = clash;
    throw pageError(`cell ${cell + 1} declares \`${name}\`, a name the notebook already provides`, {
      file,
      text,
      line,
      column,
      hint: `choose another name; \`${name}\` is given to every cell`,
    });
  }
  const lines = [...parsed.lines];
  // Constants, so that a cell cannot reassign an injected name (`fact = …`) for the cells after it.
  lines[0] = `(async (__names, ${runtime}) => { "use strict"; const { ${globals.join(", ")} } = __names; ${lines[0]}`;
  lines.push(`return { ${names.join(", ")} };`, "})");
  // Babel has refused whatever Oxc would.
  const { code, map, errors } = transformSync(`${file}.ts`, lines.join("\n"), { lang: "ts", sourcemap: true });
  if (errors.length || !map)
    throw new Error(`cannot compile the notebook of ${file}: ${errors.map(({ message }) => message).join("; ")}`);
  // Only positions are looked up: the map's copy of the text can go.
  const sourceMap = new SourceMap({
    version: map.version,
    file: `${file}.js`,
    sourceRoot: "",
    sources: map.sources,
    sourcesContent: [],
    names: map.names,
    mappings: map.mappings,
  });
  return {
    file,
    text,
    cells,
    names,
    globals,
    code,
    script: `${file} (notebook)`,
    position(line, column) {
      const entry = sourceMap.findEntry(line - 1, column - 1);
      if (
        !("originalLine" in entry) ||
        !cells.some((cell) => cell.startLine <= entry.originalLine + 1 && entry.originalLine + 1 <= cell.endLine)
      )
        return undefined;
      return unshift({ line: entry.originalLine + 1, column: entry.originalColumn + 1 }, shifts);
    },
  };
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where the code wrapping a final expression pushed the rest of a line right. */
interface Shift {
  readonly line: number;
  readonly column: number;
  readonly width: number;
}

function parseCell(cell: Cell, { file, text }: { file: string; text: string }): Program {
  try {
    return parse(cell.code, {
      sourceType: "module",
      plugins: ["typescript"],
      startLine: cell.startLine,
      errorRecovery: false,
    }).program;
  } catch (error) {
    const { loc, message } = error as SyntaxError & { loc?: { line: number; column: number } };
    if (!loc) throw error;
    throw pageError(`cell ${cell.index + 1} has a syntax error: ${message.replace(/ \(\d+:\d+\)$/, "")}`, {
      file,
      text,
      line: loc.line,
      column: loc.column + 1,
      hint: "cells are TypeScript; fix the code at the marked line",
      cause: error,
    });
  }
}

function checkDeclaration(
  declared: Declaration,
  {
    cell,
    declarations,
    file,
    text,
  }: { cell: number; declarations: ReadonlyArray<Declaration & { cell: number }>; file: string; text: string },
): void {
  const { name, line, column } = declared;
  const where = { file, text, line, column };
  if (name.startsWith("__")) {
    throw pageError(`cell ${cell + 1} declares \`${name}\`, but names starting with __ are the notebook's own`, {
      ...where,
      hint: "choose another name",
    });
  }
  const earlier = declarations.findLast((other) => other.name === name);
  if (earlier && !(isRedeclarable(earlier) && isRedeclarable(declared))) {
    throw pageError(
      `cell ${cell + 1} declares \`${name}\` again: cell ${earlier.cell + 1} declares it at line ${earlier.line}`,
      {
        ...where,
        hint: "cells share one scope; choose another name, or assign to the existing one without declaring it",
      },
    );
  }
}

/** An ES module lets `var` declarations, and only those, repeat. */
function isRedeclarable({ kind }: Declaration): boolean {
  return kind === "var";
}

/**
 * Cells run in a sandbox that loads no module: an import, static or dynamic, is refused at its line; and
 * so is a use of the compiled function's own names.
 */
function refuseImports(node: Node, { cell, file, text }: { cell: number; file: string; text: string }): void {
  const found = findImport(node);
  if (!found) return;
  const where = { file, text, line: found.loc!.start.line, column: found.loc!.start.column + 1 };
  if (found.type === "Identifier")
    throw pageError(`cell ${cell + 1} names \`${found.name}\`, which is the notebook's own`, {
      ...where,
      hint: "names starting with __ belong to the notebook that runs the cells: choose another name",
    });
  const what = found.type === "MetaProperty" ? "uses `import.meta`" : "imports a module";
  throw pageError(`cell ${cell + 1} ${what}, but cells import nothing`, {
    ...where,
    hint: "cells run in a sandbox with only the names the notebook gives them (fact, the checks, Plot, chart…); compute what you need in a cell, or put data in the filing's facts",
  });
}

function findImport(node: Node): Node | undefined {
  if (
    node.type === "ImportDeclaration" ||
    node.type === "Import" ||
    node.type === "ImportExpression" ||
    (node.type === "MetaProperty" && node.meta.name === "import") ||
    (node.type === "Identifier" && ownNames.has(node.name))
  )
    return node;
  for (const [key, value] of Object.entries(node)) {
    if (key === "loc" || key === "leadingComments" || key === "trailingComments" || key === "innerComments") continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === "object" && typeof (child as Node).type === "string") {
        const found = findImport(child as Node);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** The expression whose value is the cell's output, if the cell ends in one. */
function finalExpression({ body, directives }: Program): Node | undefined {
  const last = body.at(-1);
  if (last?.type === "ExpressionStatement") return last.expression;
  // A cell holding only a string parses as a directive, yet in the notebook's function it is an expression.
  return body.length === 0 ? directives.at(-1)?.value : undefined;
}

function applyEdits(code: string, edits: readonly Edit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start || b.end - a.end)
    .reduce((text, { start, end, text: replacement }) => text.slice(0, start) + replacement + text.slice(end), code);
}

function unshift(
  position: { line: number; column: number },
  shifts: readonly Shift[],
): { line: number; column: number } {
  const shift = shifts.find(({ line, column }) => line === position.line && position.column >= column);
  return shift ? { line: position.line, column: Math.max(shift.column, position.column - shift.width) } : position;
}
