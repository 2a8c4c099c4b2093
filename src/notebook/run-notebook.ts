import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { inspect } from "node:util";
import { Script } from "node:vm";
import { type Location, RecountError } from "../diagnostics/recount-error.ts";
import { type CompiledCell, type CompiledNotebook, compileNotebook, type NotebookImport } from "./compile-notebook.ts";
import { importHint, importModule, type ModuleLoader } from "./import-module.ts";
import { locateCaller, locateInStack, mapStack } from "./locate-in-stack.ts";
import { pageError } from "./page-error.ts";

/** What the caller of `runNotebook` learns about the page, to build the names cells use. */
export interface NotebookContext {
  /** The page, relative to the project root. */
  readonly file: string;
  /** The page line of the innermost notebook frame on the stack now: where a check was called. */
  readonly locate: () => Location;
}

/** The names every cell can use, or a function making them for a page. */
export type NotebookGlobals = Readonly<Record<string, unknown>> | ((context: NotebookContext) => Readonly<Record<string, unknown>> | Promise<Readonly<Record<string, unknown>>>);

export interface EvaluatedCell extends CompiledCell {
  /** The value of the cell's final expression; undefined if it has none (see `hasOutput`). */
  readonly output: unknown;
}

export interface Notebook {
  readonly file: string;
  readonly cells: readonly EvaluatedCell[];
  /** Every name the cells declare, with its value after the last cell. */
  readonly scope: Readonly<Record<string, unknown>>;
}

export interface RunOptions {
  /** The page: absolute, or relative to `root`. */
  readonly file: string;
  /** The page's text, if already read. */
  readonly text?: string;
  readonly root?: string;
  readonly globals?: NotebookGlobals;
  readonly load?: ModuleLoader;
}

/** One object, so that runs without globals share their memo. */
const noGlobals = {};

/** The last run of each page, reused while the page's text, globals and loader stay the same. */
const runs = new Map<string, { key: string; notebook: Promise<Notebook> }>();

/**
 * Runs the cells of a page in order, in one shared scope, and returns each cell's output and the names
 * the cells declared. Any error is a RecountError at the page line: a syntax error where the parser
 * stopped, a throw at the statement that threw.
 */
export function runNotebook({ file, text, root = process.cwd(), globals = noGlobals, load = importModule }: RunOptions): Promise<Notebook> {
  const page = resolve(root, file);
  const source = text ?? readFileSync(page, "utf8");
  const key = [identity(globals), identity(load), createHash("sha256").update(source).digest("hex")].join(" ");
  const last = runs.get(page);
  if (last?.key === key) return last.notebook;
  const notebook = evaluate({ page, file: relative(root, page), text: source, globals, load });
  runs.set(page, { key, notebook });
  // A failed run is not kept: what it depends on may be fixed without the page changing.
  notebook.catch(() => {
    if (runs.get(page)?.notebook === notebook) runs.delete(page);
  });
  return notebook;
}

async function evaluate({ page, file, text, globals, load }: { page: string; file: string; text: string; globals: NotebookGlobals; load: ModuleLoader }): Promise<Notebook> {
  // `locate` is handed out before the cells compile, since their globals' names are needed to compile them.
  const state: { notebook?: CompiledNotebook; running: number } = { running: 0 };
  const locate = (): Location => {
    const { notebook, running } = state;
    // Without a notebook frame on the stack (a callback run later), the cell that ran last is the best answer.
    return (notebook && locateCaller(notebook)) ?? { file, line: notebook?.cells[running]?.startLine ?? 1 };
  };
  const values = typeof globals === "function" ? await globals({ file, locate }) : globals;
  const notebook = (state.notebook = compileNotebook(text, { file, globals: globalNames(values) }));
  const outputs = new Map<number, unknown>();
  const runtime = {
    cell: (index: number) => void (state.running = index),
    out: (index: number, value: unknown) => void outputs.set(index, value),
    load: (index: number) => loadImport(notebook.imports[index]!, { page, load, notebook }),
    meta: { url: pathToFileURL(page).href, filename: page, dirname: dirname(page) },
  };
  const run = new Script(notebook.code, { filename: notebook.script }).runInThisContext() as (...args: unknown[]) => Promise<Record<string, unknown>>;
  try {
    const scope = await run(...Object.values(values), runtime);
    return { file, cells: notebook.cells.map((cell) => ({ ...cell, output: outputs.get(cell.index) })), scope };
  } catch (error) {
    throw cellError(error, notebook, state.running);
  }
}

function globalNames(globals: Readonly<Record<string, unknown>>): string[] {
  const names = Object.keys(globals);
  const invalid = names.find((name) => !/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name) || name.startsWith("__"));
  if (invalid) throw new TypeError(`invalid global name: ${invalid}`);
  return names;
}

async function loadImport(entry: NotebookImport, { page, load, notebook }: { page: string; load: ModuleLoader; notebook: CompiledNotebook }): Promise<Record<string, unknown>> {
  const { file, text } = notebook;
  const { specifier, attributes, bindings, cell, line } = entry;
  let namespace: Record<string, unknown>;
  try {
    namespace = (await load(specifier, { page, attributes })) as Record<string, unknown>;
  } catch (error) {
    throw pageError(`cell ${cell + 1} cannot import "${specifier}": ${describe(error)}`, { file, text, line, hint: importHint, cause: error });
  }
  const missing = bindings.find(({ imported }) => imported !== "*" && !(imported in namespace));
  if (missing) {
    throw pageError(`cell ${cell + 1} imports \`${missing.imported}\` from "${specifier}", which has no such export`, { file, text, line, hint: `it exports ${Object.keys(namespace).map((name) => `\`${name}\``).join(", ") || "nothing"}` });
  }
  return namespace;
}

/**
 * A throw as an editor-facing error at the page line of the statement that threw. A RecountError that
 * already says where it is (a failed check) is the notebook's answer as it is.
 */
function cellError(error: unknown, notebook: CompiledNotebook, running: number): RecountError {
  if (error instanceof RecountError && error.location) return error;
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const { line, column } = locateInStack(stack, notebook) ?? { line: notebook.cells[running]!.startLine };
  const cell = notebook.cells.find(({ startLine, endLine }) => startLine <= line && line <= endLine)!;
  if (stack) (error as Error).stack = mapStack(stack, notebook);
  return pageError(error instanceof RecountError ? error.message : `cell ${cell.index + 1} threw ${describe(error)}`, {
    file: notebook.file,
    text: notebook.text,
    line,
    column,
    hint: error instanceof RecountError && error.hint ? error.hint : "fix the marked statement or the values it uses; the error's cause has the full stack",
    cause: error,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : inspect(error);
}

const identities = new WeakMap<object, number>();
let identified = 0;

/** A number standing for an object, to tell apart runs with different globals or loaders. */
function identity(object: object): number {
  if (!identities.has(object)) identities.set(object, ++identified);
  return identities.get(object)!;
}
