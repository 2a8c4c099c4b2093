import type Decimal from "decimal.js";
import type { Coverage } from "./coverage.ts";
import type { Fact, Period, Qualifier } from "./fact.ts";
import type { LoadedFacts } from "./load.ts";

/**
 * A fact as plain JSON (for `npm run check -- --json`). Numbers are decimal strings in base units, so no
 * precision is lost; an unbounded end (the hi of "more than US$300 million") is null.
 */
export interface FactRecord {
  readonly id: string;
  readonly filing: string;
  readonly printed: string;
  readonly value: string;
  readonly lo: string | null;
  readonly hi: string | null;
  readonly unit: string;
  readonly scale: string;
  readonly period: Period;
  readonly qualifier: Qualifier | null;
  readonly quote: string;
  readonly file: string;
  readonly line: number;
}

export function factRecord(fact: Fact): FactRecord {
  const { id, filing, printed, unit, scale, period, qualifier, quote, file, line } = fact;
  return {
    id,
    filing,
    printed,
    value: decimal(fact.value)!,
    lo: decimal(fact.lo),
    hi: decimal(fact.hi),
    unit,
    scale,
    period,
    qualifier: qualifier ?? null,
    quote,
    file,
    line,
  };
}

/** The `facts` and `coverage` arrays of the JSON report, over loaded filings. */
export function factsReport(filings: Iterable<LoadedFacts>): { facts: FactRecord[]; coverage: Coverage[] } {
  const loaded = [...filings];
  return {
    facts: loaded.flatMap(({ facts }) => Array.from(facts.values(), factRecord)),
    coverage: loaded.flatMap(({ coverage }) => (coverage ? [coverage] : [])),
  };
}

function decimal(value: Decimal): string | null {
  return value.isFinite() ? value.toFixed() : null;
}
