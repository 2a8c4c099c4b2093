import Decimal from "decimal.js";
import type { Fact, Qualifier } from "#engine/facts/fact.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { isCurrency, scaleExponent } from "#engine/quantity/unit.ts";
import type { Scale, Unit } from "#engine/quantity/unit.ts";

export interface FactOptions {
  unit?: Unit;
  /** Defaults to million for money, as in the provisions table, else one. */
  scale?: Scale;
  id?: string;
  filing?: string;
  qualifier?: Qualifier;
  quote?: string;
  /** A table cell the fact is read from; else its quote is its anchor. */
  cell?: { table: string; row: string; column: string };
  file?: string;
  line?: number;
}

/**
 * A fact as the facts layer makes one, from the number as printed: "2,636", "(936)", "17.0", "-20".
 * Its interval is the printed value ± half a unit of its last digit; "more than" opens it upward.
 */
export function fact(
  printed: string,
  {
    unit = "RMB",
    scale = isCurrency(unit) ? "million" : "one",
    id = printed,
    filing = "test",
    qualifier,
    quote = printed,
    cell,
    file = "test/facts.yaml",
    line = 1,
  }: FactOptions = {},
): Fact {
  const digits = printed.replace(/[^\d.]/g, "");
  const sign = /^\(.*\)$|^-/.test(printed) ? -1 : 1;
  const decimals = digits.split(".")[1]?.length ?? 0;
  const value = new Decimal(digits).times(sign).times(Decimal.pow(10, scaleExponent[scale]));
  const half = Decimal.pow(10, scaleExponent[scale] - decimals).div(2);
  const bounded = qualifier === "more-than" || qualifier === "at-least";
  const span = { start: 0, end: 0, line };
  return {
    id,
    filing,
    label: id,
    period: { kind: "instant", date: "2024-06-30", label: "30 June 2024" },
    printed,
    qualifier,
    direction: undefined,
    anchor: cell ? { kind: "cell", ...cell } : { kind: "quote", quote },
    quote,
    span,
    quoteSpan: span,
    file,
    line,
    value,
    lo: bounded ? value : value.minus(half),
    hi: bounded ? new Decimal(Infinity) : value.plus(half),
    unit,
    scale,
    decimals,
    formula: printed,
    facts: [`${filing}/${id}`],
    approximate: qualifier === "approximately",
    strict: qualifier === "more-than" || qualifier === "less-than",
  };
}

/** A true value as a filing would print it, rounded to `decimals` places (negative: to tens, hundreds…). */
export function rounded(truth: Decimal, decimals: number, unit: Unit = "RMB", id = "x"): Quantity {
  const step = Decimal.pow(10, -decimals);
  const value = truth.toNearest(step, Decimal.ROUND_HALF_EVEN);
  const half = step.div(2);
  return {
    value,
    lo: value.minus(half),
    hi: value.plus(half),
    unit,
    scale: "one",
    decimals: Math.max(0, decimals),
    formula: value.toFixed(),
    facts: [`test/${id}`],
  };
}
