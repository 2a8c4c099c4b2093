import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { RecountError } from "#engine/diagnostics/recount-error.ts";

/**
 * An editor's text file, as UTF-8, refused with its file and line when it would be misread: bytes that
 * are not UTF-8 (published as U+FFFD otherwise), a byte-order mark (which hides a page's frontmatter), and,
 * when `empty` says what belongs in it, nothing but whitespace. `file` is the path shown in messages.
 */
export function decodeText(bytes: Uint8Array, file: string, { empty }: { empty?: string } = {}): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new RecountError("the file starts with a byte-order mark", {
      location: { file, line: 1 },
      hint: 'save it as UTF-8 without a byte-order mark (editors call it "UTF-8", not "UTF-8 with BOM")',
    });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    throw new RecountError("the file holds bytes that are not UTF-8 text, first on this line", {
      location: { file, line },
      hint: "save the file as UTF-8 (copy the text from the filing again, or re-save it in an editor that asks for the encoding)",
    });
  }
  if (empty !== undefined && !text.trim())
    throw new RecountError("the file is empty", { location: { file, line: 1 }, hint: empty });
  return text;
}

/** Reads and decodes an editor's file; errors reading it (a missing file) are the caller's to word. */
export async function readText(path: string, file: string, options: { empty?: string } = {}): Promise<string> {
  return decodeText(await readFile(path), file, options);
}

export function readTextSync(path: string, file: string, options: { empty?: string } = {}): string {
  return decodeText(readFileSync(path), file, options);
}

/** The line of the first byte that is not UTF-8: the shortest prefix a streaming decoder refuses, by bisection. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    try {
      // Streaming, a sequence cut short at the end is awaited, not refused.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      valid = middle;
    } catch {
      invalid = middle;
    }
  }
  let line = 1;
  for (let i = 0; i < invalid - 1; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
