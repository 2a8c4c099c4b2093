import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Location } from "#engine/diagnostics/recount-error.ts";

// The engine's own frames: the check kinds here and the arithmetic they compute with.
const here = dirname(fileURLToPath(import.meta.url));
const ownFolders = [here + sep, join(here, "..", "arithmetic") + sep];

/**
 * The place a check or operation was called from: the first frame of the stack outside src/engine/checks and
 * src/engine/arithmetic. Read from the formatted stack, unlike a notebook's caller (notebook/locate-in-stack.ts,
 * from V8's call sites): a formatted stack's lines are mapped back to the source by whatever compiled it (Vitest, for
 * one), call sites' lines are not. Pages never come here (their globals locate in the notebook).
 */
export function defaultLocate(): Location {
  const { stackTraceLimit } = Error;
  // Deep enough to get past the engine's own frames, shallow because capturing a stack is costly.
  Error.stackTraceLimit = 20;
  const stack = new Error().stack ?? "";
  Error.stackTraceLimit = stackTraceLimit;
  const frame = stackFrames(stack).find(
    ({ file }) => !ownFolders.some((folder) => file.startsWith(folder)) && !file.startsWith("node:"),
  );
  return frame ? { file: relative(process.cwd(), frame.file), line: frame.line } : { file: "<unknown>", line: 0 };
}

/** The files and lines a V8 stack names, innermost first; file URLs as paths. */
export function stackFrames(stack: string): { file: string; line: number; column: number }[] {
  return [...stack.matchAll(/^\s*at (?:async )?(?:.*? \()?(.+?):(\d+):(\d+)\)?$/gm)].map(
    ([, file = "", line, column]) => ({
      file: file.startsWith("file://") ? fileURLToPath(file) : file,
      line: Number(line),
      column: Number(column),
    }),
  );
}
