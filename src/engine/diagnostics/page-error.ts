import { codeFrame } from "./code-frame.ts";
import { RecountError } from "./recount-error.ts";

/** An editor-facing error at a line of a page, with the lines around it. */
export function pageError(
  message: string,
  {
    file,
    text,
    line,
    column,
    hint,
    cause,
  }: { file: string; text: string; line: number; column?: number | undefined; hint: string; cause?: unknown },
): RecountError {
  return new RecountError(message, {
    location: column === undefined ? { file, line } : { file, line, column },
    hint,
    frame: codeFrame(text, line),
    cause,
  });
}
