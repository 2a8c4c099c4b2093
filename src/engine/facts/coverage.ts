import { bisectRight } from "./bisect.ts";
import type { Fact, SourceSpan } from "./fact.ts";
import type { FactsFileReading, Path } from "./facts-file.ts";
import { findQuote } from "./anchor.ts";
import { digitsPattern } from "./parse-number.ts";
import type { IgnoreEntry } from "./schema.ts";
import { excerpt, lineColumn, matchKey, sourceSpan } from "./source.ts";
import type { Source } from "./source.ts";

/** Which numbers of a filing's source are facts, which are deliberately not, and which are neither. */
export interface Coverage {
  readonly filing: string;
  /** How many numbers the source prints. */
  readonly found: number;
  readonly registered: number;
  readonly ignored: readonly { readonly printed: string; readonly reason: string; readonly line: number }[];
  /** Numbers neither registered nor ignored: each one is an error. */
  readonly unaccounted: readonly {
    readonly printed: string;
    readonly line: number;
    readonly column: number;
    readonly context: string;
  }[];
}

/** An ignore entry of the facts file, with the spans of the source it covers. */
export interface IgnoreRule {
  readonly entry: IgnoreEntry;
  readonly spans: readonly SourceSpan[];
  /** Where it is in the facts file. */
  readonly path: Path;
}

/** What counts as a number: digits, footnote markers (¹) and list markers ((i), (ii)), so each is accounted for. */
export const numberPattern = new RegExp(`${digitsPattern}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\((?:i{1,3}|iv|vi{0,3}|ix|x)\\)`, "g");

/**
 * The spans an ignore entry covers: every occurrence of its quote, or every match of its pattern against
 * the plain text. Throws a RecountError when its quote is not in the source.
 */
export function ignoreRule(entry: IgnoreEntry, path: Path, source: Source, file: FactsFileReading): IgnoreRule {
  const ranges =
    entry.pattern !== undefined
      ? matches(source.key, new RegExp(entry.pattern, "g"))
      : quoteRanges(entry.quote!, path, source, file);
  return {
    entry,
    path,
    spans: ranges.filter(({ start, end }) => end > start).map(({ start, end }) => sourceSpan(source, start, end)),
  };
}

/**
 * Accounts for every number of the source: registered when it lies in a fact's printed form, ignored when
 * it lies in a span an ignore rule covers. Also returns the rules that account for no number (stale ones).
 */
export function coverage(
  filing: string,
  source: Source,
  facts: Iterable<Fact>,
  rules: readonly IgnoreRule[],
): { coverage: Coverage; unused: IgnoreRule[] } {
  const isRegistered = within(Array.from(facts, (fact) => fact.span));
  const ruleCovers = rules.map(({ spans }) => within(spans));
  const numbers = matches(source.key, numberPattern);
  const used = new Set<IgnoreRule>();
  const ignored: Coverage["ignored"][number][] = [];
  const unaccounted: Coverage["unaccounted"][number][] = [];
  let registered = 0;
  for (const { start, end } of numbers) {
    const span = sourceSpan(source, start, end);
    const printed = source.text.slice(start, end);
    if (isRegistered(span)) {
      registered++;
      continue;
    }
    const rule = rules[ruleCovers.findIndex((covers) => covers(span))];
    if (rule) {
      used.add(rule);
      ignored.push({ printed, reason: rule.entry.reason, line: span.line });
    } else {
      unaccounted.push({ printed, ...lineColumn(source, span.start), context: excerpt(source, start, end) });
    }
  }
  return {
    coverage: { filing, found: numbers.length, registered, ignored, unaccounted },
    unused: rules.filter((rule) => !used.has(rule)),
  };
}

/**
 * Whether a span lies within one of `spans`: within one exactly when, of the spans starting at or before
 * it, one reaches as far as it does. A bisection, as there are thousands of spans and of numbers.
 */
function within(spans: readonly SourceSpan[]): (span: SourceSpan) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map(({ start }) => start);
  let furthest = -Infinity;
  const reaches = sorted.map(({ end }) => (furthest = Math.max(furthest, end)));
  return ({ start, end }) => {
    const before = bisectRight(starts, start);
    return before > 0 && reaches[before - 1]! >= end;
  };
}

function quoteRanges(
  quote: string,
  path: Path,
  source: Source,
  file: FactsFileReading,
): { start: number; end: number }[] {
  const length = matchKey(quote).length;
  const starts = findQuote(source, quote, (message, hint) => file.error([...path, "quote"], message, hint), {
    unique: false,
  });
  return starts.map((start) => ({ start, end: start + length }));
}

/** The [start, end) of every match of a global regular expression. */
function matches(text: string, pattern: RegExp): { start: number; end: number }[] {
  return Array.from(text.matchAll(pattern), (match) => ({ start: match.index, end: match.index + match[0].length }));
}
