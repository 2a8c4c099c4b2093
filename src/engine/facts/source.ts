import { bisectRight } from "./bisect.ts";
import type { SourceSpan } from "./fact.ts";
import { fold, plain, plainText } from "./plain.ts";

/**
 * A filing's source text, read two ways: `raw` as stored (spans and lines point into it) and `text`, its
 * plain reading (see plain.ts), which quotes and patterns work on. `key` is `text` folded (curly quotes
 * and fullwidth digits read as ASCII), for matching what an editor typed and finding numbers.
 */
export interface Source {
  /** The path to show in messages, relative to the project root. */
  readonly file: string;
  readonly raw: string;
  readonly text: string;
  readonly key: string;
  /** For each index of `text`, its offset in `raw`. */
  readonly offsets: readonly number[];
  /** The offset in `raw` where each line starts, so that a line is found by bisection. */
  readonly lineStarts: readonly number[];
}

export function readSource(raw: string, file: string): Source {
  const { text, offsets } = plain(raw);
  const lineStarts = [0];
  for (let i = raw.indexOf("\n"); i >= 0; i = raw.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return { file, raw, text, key: fold(text), offsets, lineStarts };
}

/** What a typed passage looks like in `key`: plain, quotes folded, trimmed. */
export function matchKey(typed: string): string {
  return fold(plainText(typed));
}

/** The start indices (in `text`) of every occurrence of a typed passage. */
export function occurrences(source: Source, typed: string): number[] {
  const needle = matchKey(typed);
  const starts: number[] = [];
  if (!needle) return starts;
  for (let start = source.key.indexOf(needle); start >= 0; start = source.key.indexOf(needle, start + 1))
    starts.push(start);
  return starts;
}

/** The span in `raw` of `text` indices [start, end). */
export function sourceSpan(source: Source, start: number, end: number): SourceSpan {
  return rawSpan(source, source.offsets[start]!, source.offsets[end - 1]! + 1);
}

/** A span of raw offsets [start, end), with its line. */
export function rawSpan(source: Source, start: number, end: number): SourceSpan {
  return { start, end, line: lineColumn(source, start).line };
}

/** The line of a raw text that holds `offset`, without its line break. */
export function lineAt(raw: string, offset: number): string {
  const end = raw.indexOf("\n", offset);
  return raw.slice(raw.lastIndexOf("\n", offset - 1) + 1, end < 0 ? raw.length : end);
}

/** The 1-based line and column of a raw offset. */
export function lineColumn({ lineStarts }: Source, offset: number): { line: number; column: number } {
  const line = bisectRight(lineStarts, offset);
  return { line, column: offset - lineStarts[line - 1]! + 1 };
}

/** `text` [start, end) with a few words either side, for messages: "…revenues of RMB 17.0 billion in…". */
export function excerpt(
  source: Source,
  start: number,
  end: number,
  { context = 30 }: { context?: number } = {},
): string {
  const from = start - context > 0 ? source.text.indexOf(" ", start - context) + 1 : 0;
  const to = end + context < source.text.length ? source.text.lastIndexOf(" ", end + context) : source.text.length;
  const text = source.text.slice(Math.min(from, start), Math.max(to, end)).trim();
  return `${from > 0 ? "…" : ""}${text}${to < source.text.length ? "…" : ""}`;
}
