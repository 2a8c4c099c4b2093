import { monthName } from "#engine/facts/calendar.ts";
import { lineAt } from "#engine/facts/source.ts";
import type { Source } from "#engine/facts/source.ts";

/** A range [start, end) of a source's plain text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Words ending in a full stop that do not end a sentence ("Qifu Technology, Inc. (the Company)"). */
const abbreviations = new Set([
  "inc",
  "ltd",
  "co",
  "corp",
  "no",
  "nos",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "vs",
  "etc",
  "approx",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/**
 * A press release's dateline, the place and the day it was issued: "RESTON, Va., Jan. 25, 2023". The day names when
 * the release was issued, no period of its figures.
 */
export const dateline = String.raw`[A-Z][\w .,'-]*?, (?<month>${monthName}) (?<day>\d{1,2}), (?<year>\d{4})\b`;

/** A dateline and the dash or wire service that ends it. */
const datelineLead = String.raw`^${dateline}(?:\s*/[^/]{1,40}/)?\s*(?:[-–—]|--)`;
/** A dateline opening a paragraph: it is a sentence of its own. */
const datelineEnd = new RegExp(`${datelineLead}$`);
/** A dateline a line opens on (under a headline, with no blank line between them). */
const datelineStart = new RegExp(datelineLead);

/**
 * The sentences of a source's plain text, in order. A paragraph (lines between blank lines) ends one, and
 * so does each line of a table, each item of a list and a dateline; inside a paragraph, a full stop, question or exclamation mark followed by
 * a capital or an opening quote ends one, unless it closes an abbreviation (U.S., Inc.).
 */
export function sentences({ raw, text, offsets }: Source): TextRange[] {
  const found: TextRange[] = [];
  let start = 0;
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] !== " ") continue;
    const gap = raw.slice(offsets[i - 1]! + 1, offsets[i + 1]!);
    if (
      /\n[ \t]*\n/.test(gap) ||
      // A list's item opens on a line of its own: "- Revenues were …", "• Net income …".
      /\n[ \t]*[-•*–][ \t]/.test(raw.slice(offsets[i - 1]! + 1, offsets[i + 1]! + 2)) ||
      (gap.includes("\n") &&
        (lineAt(raw, offsets[i - 1]!).includes("\t") || lineAt(raw, offsets[i + 1]!).includes("\t"))) ||
      endsSentence(text, i) ||
      datelineEnd.test(text.slice(start, i)) ||
      // A dateline on the line after a headline opens a sentence.
      (gap.includes("\n") && datelineStart.test(text.slice(i + 1)))
    ) {
      found.push({ start, end: i });
      start = i + 1;
    }
  }
  found.push({ start, end: text.trimEnd().length });
  return found.filter(({ start, end }) => end > start && text.slice(start, end).trim());
}

/** Whether a sentence is a line of a table (its cells are separated by tabs): a header names the table's periods, not the text's. */
export function inTable({ raw, offsets }: Source, { start, end }: TextRange): boolean {
  return raw.slice(offsets[start]!, offsets[end - 1]! + 1).includes("\t");
}

/** Whether a sentence opens a paragraph: the text's first, or one after a blank line. */
export function opensParagraph({ raw, offsets }: Source, { start }: TextRange): boolean {
  const gap = raw.slice(offsets[start - 2]! + 1, offsets[start]!);
  // A line of its own after a line that ended a sentence is a paragraph too, as a text without blank lines prints them.
  return (
    start < 2 ||
    /\n[ \t]*\n/.test(gap) ||
    (/\n/.test(gap) && /[.!?:]["'”’)]*\s*$/.test(raw.slice(0, offsets[start - 1]! + 1)))
  );
}

/** Whether the space at `i` follows the end of a sentence. */
function endsSentence(text: string, i: number): boolean {
  const before = /(\S+?)[.!?]["'”’)]*$/.exec(text.slice(Math.max(0, i - 40), i));
  if (!before || !/^["“‘(]?[A-Z]/.test(text.slice(i + 1, i + 3))) return false;
  const word = before[1]!;
  // "U.S." closes an abbreviation; "$0.01." ends a sentence with a decimal figure.
  const abbreviated = word.includes(".") && !/\d\.\d+$/.test(word);
  return !(word.length === 1 || abbreviated || abbreviations.has(word.toLowerCase()));
}
