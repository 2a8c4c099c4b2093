import type { Location } from "#engine/diagnostics/recount-error.ts";
import type { CompiledNotebook } from "./compile-notebook.ts";

/** The page line of the innermost frame of the notebook in a stack, if the notebook is on it. */
export function locateInStack(stack: string, notebook: CompiledNotebook): Location | undefined {
  for (const [, line, column] of stack.matchAll(framePattern(notebook.script))) {
    const position = notebook.position(Number(line), Number(column));
    if (position) return { file: notebook.file, ...position };
  }
  return undefined;
}

/** The stack with the notebook's frames at page lines instead of lines of the compiled code. */
export function mapStack(stack: string, notebook: CompiledNotebook): string {
  return stack.replace(framePattern(notebook.script), (frame, line: string, column: string) => {
    const position = notebook.position(Number(line), Number(column));
    return position ? `${notebook.script}:${position.line}:${position.column}` : frame;
  });
}

const framePatterns = new Map<string, RegExp>();

/**
 * `script:line:column` where a frame names it (`at script:…`, `at async script:…`, `(script:…)`), not inside
 * a longer path. Made once per script: every check looks for its caller's frame.
 */
function framePattern(script: string): RegExp {
  let pattern = framePatterns.get(script);
  if (!pattern)
    framePatterns.set(
      script,
      (pattern = new RegExp(
        `(?<=\\(|at |at async )${script.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+):(\\d+)`,
        "g",
      )),
    );
  return pattern;
}
