import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Location, RecountError } from "#engine/diagnostics/recount-error.ts";
import { contextNames, namesCharts, runInSandbox } from "#engine/sandbox/sandbox.ts";
import { outOfMemory, pageLimits } from "#engine/sandbox/limits.ts";
import type { ThrownRecord } from "#engine/sandbox/wire.ts";
import { type CompiledCell, type CompiledNotebook, compileNotebook } from "./compile-notebook.ts";
import { locateInStack, mapStack } from "./locate-in-stack.ts";
import { pageError } from "#engine/diagnostics/page-error.ts";
import { digest } from "#engine/text/digest.ts";
import { kept } from "#engine/state/state.ts";

/** What the caller of `runNotebook` learns about the page, to build the names cells use. */
export interface NotebookContext {
  /** The page, relative to the project root. */
  readonly file: string;
  /** The page line of the innermost notebook frame on the stack now: where a check was called. */
  readonly locate: () => Location;
}

/**
 * The names the host gives every cell, or a function making them for a page: functions, which cells call
 * through the sandbox's bridge (their arguments and results copied across), and values, copied in.
 */
export type NotebookGlobals =
  | Readonly<Record<string, unknown>>
  | ((context: NotebookContext) => Readonly<Record<string, unknown>> | Promise<Readonly<Record<string, unknown>>>);

export interface EvaluatedCell extends CompiledCell {
  /** The value of the cell's final expression, as host data; undefined if it has none (see `hasOutput`). */
  readonly output: unknown;
}

export interface Notebook {
  readonly file: string;
  readonly cells: readonly EvaluatedCell[];
  /** Every name the cells declare, with its value after the last cell, as host data. */
  readonly scope: Readonly<Record<string, unknown>>;
}

export interface RunOptions {
  /** The page: absolute, or relative to `root`. */
  readonly file: string;
  /** The page's text, if already read. */
  readonly text?: string;
  readonly root?: string;
  readonly globals?: NotebookGlobals;
  /** The page's limit of CPU time in milliseconds; the project's (see sandbox/limits.ts) by default. */
  readonly timeout?: number;
  /** Told where each cell starts as it runs: a thread that dies of the page knows where. */
  readonly onCell?: (at: Location) => void;
}

/** One object, so that runs without globals share their memo. */
const noGlobals = {};

/** The last run of each page, reused while the page's text and globals stay the same. */
const lastRuns = kept(
  "each page's last notebook run",
  () => new Map<string, { key: string; notebook: Promise<Notebook> }>(),
);

/**
 * Runs the cells of a page in order, in one shared scope, in a sandbox of its own (see src/engine/sandbox), and
 * returns each cell's output and the names the cells declared. Any error is a RecountError at the page
 * line: a syntax error where the parser stopped, a throw at the statement that threw, a page over its
 * time limit at the cell that was running.
 */
export function runNotebook({
  file,
  text,
  root = process.cwd(),
  globals = noGlobals,
  timeout = pageLimits(root).timeout,
  onCell,
}: RunOptions): Promise<Notebook> {
  const { memory } = pageLimits(root);
  const page = resolve(root, file);
  const source = text ?? readFileSync(page, "utf8");
  const key = [identity(globals), timeout, digest(source)].join(" ");
  const runs = lastRuns.get();
  const last = runs.get(page);
  if (last?.key === key) return last.notebook;
  const notebook = evaluate({ file: relative(root, page), text: source, globals, timeout, memory, onCell });
  runs.set(page, { key, notebook });
  // A failed run is not kept: what it depends on may be fixed without the page changing.
  notebook.catch(() => {
    if (runs.get(page)?.notebook === notebook) runs.delete(page);
  });
  return notebook;
}

async function evaluate({
  file,
  text,
  globals,
  timeout,
  memory,
  onCell,
}: {
  file: string;
  text: string;
  globals: NotebookGlobals;
  timeout: number;
  memory: number;
  onCell: RunOptions["onCell"];
}): Promise<Notebook> {
  // `locate` is handed out before the cells compile, since their globals' names are needed to compile them.
  const state: { notebook?: CompiledNotebook; running: number; caller: string } = { running: 0, caller: "" };
  const locate = (): Location => {
    const { notebook, running, caller } = state;
    // Without a notebook frame on the page's stack of the call, the cell that ran last is the best answer.
    return (notebook && locateInStack(caller, notebook)) ?? { file, line: notebook?.cells[running]?.startLine ?? 1 };
  };
  const values = typeof globals === "function" ? await globals({ file, locate }) : globals;
  const notebook = (state.notebook = compileNotebook(text, {
    file,
    globals: [...globalNames(values), ...contextNames],
  }));
  const charts = notebook.cells.some((cell) => namesCharts(cell.code));
  const ending = await runInSandbox({
    code: notebook.code,
    script: notebook.script,
    host: values,
    charts,
    timeout,
    memory,
    onCell: (index) => {
      state.running = index;
      onCell?.({ file, line: notebook.cells[index]!.startLine });
    },
    onCall: (stack) => {
      state.caller = stack;
    },
  });
  const running = notebook.cells[state.running];
  const at = { file, text, line: running?.startLine ?? 1 };
  switch (ending.kind) {
    case "done":
      return {
        file,
        cells: notebook.cells.map((cell) => ({ ...cell, output: ending.outputs.get(cell.index) })),
        scope: ending.scope,
      };
    case "threw":
      // The host's own error, if the page threw what a call was answered with: as it is, where it says where.
      throw ending.hostError?.location
        ? ending.hostError
        : cellError(ending.error, notebook, state.running, ending.hostError);
    case "timeout":
      throw pageError(
        `the page used more than its limit of ${timeout} ms of CPU time: cell ${state.running + 1} was still running`,
        {
          ...at,
          hint: `look in this cell for a loop that never ends; if the page needs longer, raise "cellTimeout" (milliseconds) in the "recount" field of package.json`,
        },
      );
    case "memory":
      throw outOfMemory(at, memory);
    case "crashed":
      throw pageError(`the page's sandbox failed while cell ${state.running + 1} was running: ${ending.message}`, {
        ...at,
        hint: "this is a failure of the sandbox, not of the page's figures: run the build again, and report it if it stays",
      });
    case "unsettled":
      throw pageError(`cell ${state.running + 1} awaits a promise that never settles, so the page never ends`, {
        ...at,
        hint: "cells have no timers or input, so a promise the page does not settle itself never will be: settle it, or do not await it",
      });
  }
}

function globalNames(globals: Readonly<Record<string, unknown>>): string[] {
  const names = Object.keys(globals);
  const invalid = names.find((name) => !/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name) || name.startsWith("__"));
  if (invalid) throw new TypeError(`invalid global name: ${invalid}`);
  return names;
}

/**
 * A throw as an editor-facing error at the page line of the statement that threw, read from its stack;
 * the host's own error the page was answered with keeps its words.
 */
function cellError(
  error: ThrownRecord,
  notebook: CompiledNotebook,
  running: number,
  hostError?: RecountError,
): RecountError {
  const stack = error.stack ?? "";
  const { line, column } = locateInStack(stack, notebook) ?? { line: notebook.cells[running]!.startLine };
  const cell = notebook.cells.find(({ startLine, endLine }) => startLine <= line && line <= endLine)!;
  const cause = Object.assign(new Error(error.message), {
    name: error.name ?? "Error",
    stack: mapStack(stack, notebook),
  });
  const message =
    hostError?.message ??
    (error.thrown !== undefined
      ? `cell ${cell.index + 1} threw ${error.thrown}`
      : `cell ${cell.index + 1} threw ${error.name}: ${error.message}`);
  return pageError(message, {
    file: notebook.file,
    text: notebook.text,
    line,
    column,
    hint:
      hostError?.hint ??
      error.hint ??
      hostHint(error) ??
      "fix the marked statement or the values it uses; the error's cause has the full stack",
    cause: hostError ?? cause,
  });
}

/** Names of the host's realm that cells may expect, and do not have. */
const hostOnly =
  /^(?:process|require|module|Buffer|global|fetch|XMLHttpRequest|WebSocket|performance|crypto|structuredClone|navigator|Deno|Bun)$/;

function hostHint({ name, message }: ThrownRecord): string | undefined {
  const missing = name === "ReferenceError" ? /^(\S+) is not defined$/.exec(message)?.[1] : undefined;
  if (missing && hostOnly.test(missing))
    return `cells run in a sandbox without \`${missing}\`: no files, network, environment, processes or timers; a cell computes from the facts and the names the notebook gives it`;
  if (name === "EvalError")
    return "cells cannot make code from strings (eval, new Function): write the code in the cell";
  return undefined;
}

const identities = new WeakMap<object, number>();
let identified = 0;

/** A number standing for an object, to tell apart runs with different globals. */
function identity(object: object): number {
  if (!identities.has(object)) identities.set(object, ++identified);
  return identities.get(object)!;
}
