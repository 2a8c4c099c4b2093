import { closestPassage } from "#engine/facts/closest-passage.ts";
import { plainText } from "#engine/facts/plain.ts";
import { sourceSpan, type Source } from "#engine/facts/source.ts";

/** Quote marks and apostrophes, straight or typographic, read as one: a quotation nested in a quotation swaps them. */
export function foldMarks(text: string): string {
  return text.replace(/[“”"‘’'`]/g, "'");
}

/** A source's plain text with quote marks folded, kept with the source it comes from. */
const keys = new WeakMap<Source, string>();
function keyOf(source: Source): string {
  let key = keys.get(source);
  if (key === undefined) keys.set(source, (key = foldMarks(source.text)));
  return key;
}

export type Finding =
  | { readonly found: true }
  | {
      readonly found: false;
      readonly part: string;
      readonly outOfOrder: boolean;
      readonly closest: { readonly line: number; readonly text: string };
    };

/**
 * Whether a quotation occurs in a source: compared as plain text (whitespace and line breaks as one space,
 * `\$` as `$`), quote marks and apostrophes folded, the first letter in either case. `…` (or `...`) marks
 * omitted words and `[brackets]` an editor's insertion: each remaining part must be found, in order.
 */
export function findQuotation(source: Source, quotation: string): Finding {
  const key = keyOf(source);
  const parts = foldMarks(plainText(quotation))
    .split(/\s*(?:\[[^\]]*\]|…|\.\.\.)\s*/)
    .map((part) => part.trim())
    .filter((part) => /\w/.test(part));
  let cursor = 0;
  for (const part of parts) {
    const at = indexOf(key, part, cursor);
    if (at >= 0) {
      cursor = at + part.length;
      continue;
    }
    const closest = wholeWords(key, closestPassage(key, part));
    return {
      found: false,
      part,
      outOfOrder: indexOf(key, part, 0) >= 0,
      closest: {
        line: sourceSpan(source, closest.start, closest.end).line,
        text: source.text.slice(closest.start, closest.end),
      },
    };
  }
  return { found: true };
}

function indexOf(key: string, part: string, from: number): number {
  const at = key.indexOf(part, from);
  if (at >= 0) return at;
  const first = part[0]!;
  const swapped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return key.indexOf(swapped + part.slice(1), from);
}

/** A passage widened to whole words, so that the hint reads "revenues were", not "revenues wer". */
function wholeWords(text: string, { start, end }: { start: number; end: number }): { start: number; end: number } {
  while (start > 0 && /\w/.test(text[start - 1]!) && /\w/.test(text[start]!)) start--;
  while (end < text.length && /\w/.test(text[end]!) && /\w/.test(text[end - 1]!)) end++;
  while (text[start] === " ") start++;
  while (end > start && text[end - 1] === " ") end--;
  return { start, end };
}
