import Decimal from "decimal.js";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { Location } from "#engine/diagnostics/recount-error.ts";
import { exact } from "#engine/quantity/exact.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import type { Scale, Unit } from "#engine/quantity/unit.ts";
import {
  add,
  asPercent,
  div,
  growth,
  mul,
  neg,
  ppChange,
  ratio,
  share,
  sub,
  sum,
} from "#engine/arithmetic/arithmetic.ts";
import { compare, type CompareOptions, intersection } from "#engine/arithmetic/compare.ts";
import { convert } from "#engine/arithmetic/convert.ts";
import type { RateQuote } from "#engine/arithmetic/convert.ts";
import { isFact } from "#engine/facts/fact.ts";
import { describe } from "#engine/arithmetic/describe.ts";
import type { Ledger } from "./ledger.ts";
import { defaultLocate } from "./locate.ts";
import { requireSameUnit } from "#engine/arithmetic/operands.ts";
import type { CheckResult } from "./result.ts";
import { settle } from "./settle.ts";
import type { CheckOptions, Settling } from "./settle.ts";

export type Direction = "increase" | "decrease";

/**
 * Arithmetic on quantities and checks against disclosed facts, recorded in a ledger for one filing. What
 * each name means to a cell is its definition's (#engine/cell-names), with its figures' positions.
 */
export interface Checks {
  readonly filing: string;
  readonly ledger: Ledger;
  add(a: Quantity, b: Quantity): Quantity;
  sub(a: Quantity, b: Quantity): Quantity;
  neg(a: Quantity): Quantity;
  sum(parts: readonly Quantity[]): Quantity;
  mul(a: Quantity, b: Quantity): Quantity;
  div(a: Quantity, b: Quantity): Quantity;
  ratio(a: Quantity, b: Quantity): Quantity;
  share(part: Quantity, whole: Quantity | readonly Quantity[]): Quantity;
  growth(from: Quantity, to: Quantity): Quantity;
  ppChange(from: Quantity, to: Quantity): Quantity;
  asPercent(quantity: Quantity): Quantity;
  convert(amount: Quantity, rate: Quantity, quote: RateQuote): Quantity;
  exact(value: Decimal.Value, unit: Unit, options?: { scale?: Scale }): Quantity;
  check(id: string, computed: Quantity, disclosed: Quantity, options: CheckOptions): CheckResult;
  sumsTo(id: string, parts: readonly Quantity[], total: Quantity, options: CheckOptions): CheckResult;
  direction(id: string, from: Quantity, to: Quantity, way: Direction, options: CheckOptions): CheckResult;
  holds(id: string, computed: Quantity, bound: Quantity, options: CheckOptions): CheckResult;
  agrees(id: string, a: Quantity, b: Quantity, options: CheckOptions): CheckResult;
  both(id: string, a: Quantity, b: Quantity, options: CheckOptions): Quantity;
}

export interface ChecksOptions {
  readonly ledger: Ledger;
  /** The filing the checks belong to; check ids are unique within it. */
  readonly filing: string;
  /** Where the caller is, for results and errors; by default the first stack frame outside src/engine/checks. */
  readonly locate?: () => Location;
}

/** The arithmetic and the checks, bound to a ledger, a filing and a way to tell where a call comes from. */
export function createChecks({ ledger, filing, locate = defaultLocate }: ChecksOptions): Checks {
  // Errors from the arithmetic say what is wrong; this says where.
  const located =
    <A extends unknown[], R>(operation: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return operation(...args);
      } catch (error) {
        if (!(error instanceof RecountError) || error.location) throw error;
        throw new RecountError(error.message, { location: locate(), hint: error.hint, cause: error });
      }
    };

  const context = { ledger, filing, location: locate };

  return {
    filing,
    ledger,
    add: located(add),
    sub: located(sub),
    neg: located(neg),
    sum: located(sum),
    mul: located(mul),
    div: located(div),
    ratio: located(ratio),
    share: located(share),
    growth: located(growth),
    ppChange: located(ppChange),
    asPercent: located(asPercent),
    convert: located(convert),
    exact: located(exact),
    check: located((id, computed, disclosed, options) => {
      requireSameUnit("compare", computed, disclosed);
      return settled({ kind: "check", id, options, computed, disclosed });
    }),
    sumsTo: located((id, parts, total, options) => {
      const computed = sum(parts);
      requireSameUnit("compare", computed, total);
      return settled({ kind: "sumsTo", id, options, computed, disclosed: total, parts });
    }),
    direction: located((id, from, to, way, options) => {
      requireSameUnit("compare", from, to);
      const computed = sub(to, from);
      const disclosed = stated(way, computed);
      return settled({ kind: "direction", id, options, computed, disclosed, between: { from, to } }, { strict: true });
    }),
    holds: located((id, computed, bound, options) => {
      requireSameUnit("compare", computed, bound);
      requireBound(bound);
      const strict = isFact(bound) && (bound.qualifier === "more-than" || bound.qualifier === "less-than");
      return settled({ kind: "holds", id, options, computed, disclosed: bound }, { strict });
    }),
    agrees: located(agrees),
    both: located((id, a, b, options) => {
      // When the two do not meet, the check fails (and stops the build); the page runs on with `a`.
      agrees(id, a, b, options);
      return intersection(a, b) ?? a;
    }),
  };

  function agrees(id: string, a: Quantity, b: Quantity, options: CheckOptions): CheckResult {
    requireSameUnit("compare", a, b);
    return settled({ kind: "agrees", id, options, computed: a, disclosed: b }, { symmetric: true });
  }

  /** Every check settles into the ledger its computed side compared, as `how` says, with its disclosed side. */
  function settled(check: Omit<Settling, "comparison">, how?: CompareOptions): CheckResult {
    return settle(context, { ...check, comparison: compare(check.computed, check.disclosed, how) });
  }
}

/** A stated direction as the interval the change must fall in: above zero, or below it. */
function stated(way: Direction, change: Quantity): Quantity {
  if (way !== "increase" && way !== "decrease") {
    throw new RecountError(`cannot check a direction ${JSON.stringify(way)}`, { hint: `say "increase" or "decrease"` });
  }
  const zero = new Decimal(0);
  const open = new Decimal(way === "increase" ? Infinity : -Infinity);
  return {
    value: zero,
    lo: Decimal.min(zero, open),
    hi: Decimal.max(zero, open),
    unit: change.unit,
    scale: change.scale,
    decimals: 0,
    formula: way === "increase" ? "an increase" : "a decrease",
    facts: [],
  };
}

function requireBound(bound: Quantity): void {
  if (bound.lo.isFinite() && bound.hi.isFinite()) {
    throw new RecountError(`cannot check against ${describe(bound)} as a bound: it has two ends`, {
      hint: `a bound is a fact printed with "more than", "at least", "less than" or "at most"; to compare with a figure, use check(id, computed, disclosed, options)`,
    });
  }
}
