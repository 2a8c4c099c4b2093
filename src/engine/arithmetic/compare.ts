import Decimal from "decimal.js";
import { Nearest } from "#engine/quantity/precise.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { computed, precedence } from "./computed.ts";

// Two intervals against each other: whether they meet, as a check asks, and where, for a figure disclosed twice.

export interface Comparison {
  /** exact: the nominal value lies in the other's interval; rounding: only the intervals meet; inconsistent: they do not. */
  readonly status: "exact" | "rounding" | "inconsistent";
  /** computed − disclosed, nominal values. */
  readonly difference: Decimal;
  /** How far apart the intervals are: 0 when they meet. */
  readonly gap: Decimal;
}

export interface CompareOptions {
  /** Opens the intervals' ends, for "more than" and for a direction (a change must be more than zero). */
  readonly strict?: boolean;
  /** Lets either value be the exact one, for two disclosures of one number. */
  readonly symmetric?: boolean;
}

/**
 * Compares a computed quantity with a disclosed one the way XBRL Calculations 1.1 does: consistent iff
 * their intervals overlap, max(lo) ≤ min(hi).
 */
export function compare(
  computed: Quantity,
  disclosed: Quantity,
  { strict = false, symmetric = false }: CompareOptions = {},
): Comparison {
  const lo = Decimal.max(computed.lo, disclosed.lo);
  const hi = Decimal.min(computed.hi, disclosed.hi);
  const meets = strict ? lo.lt(hi) : lo.lte(hi);
  const exact = within(computed.value, disclosed, strict) || (symmetric && within(disclosed.value, computed, strict));
  return {
    status: exact ? "exact" : meets ? "rounding" : "inconsistent",
    difference: new Decimal(Nearest.sub(computed.value, disclosed.value)),
    gap: new Decimal(Nearest.max(0, Nearest.sub(lo, hi))),
  };
}

function within(value: Decimal, { lo, hi }: Quantity, strict: boolean): boolean {
  return strict ? value.gt(lo) && value.lt(hi) : value.gte(lo) && value.lte(hi);
}

/**
 * One figure the filing discloses twice, perhaps at different precision ("30%" and "30.2%"): the
 * intersection of the two intervals, as XBRL Calculations 1.1 takes duplicate facts, so that the finer
 * disclosure narrows the coarser one and a coarse duplicate cannot hide an inconsistency. Printed as the
 * finer one. Undefined when the two do not meet: then they are not one figure, or the filing disagrees
 * with itself. Units are the caller's to compare.
 */
export function intersection(a: Quantity, b: Quantity): Quantity | undefined {
  const lo = Decimal.max(a.lo, b.lo);
  const hi = Decimal.min(a.hi, b.hi);
  if (lo.gt(hi)) return undefined;
  const finer = b.hi.minus(b.lo).lt(a.hi.minus(a.lo)) ? b : a;
  return computed({
    value: Decimal.min(Decimal.max(finer.value, lo), hi),
    lo,
    hi,
    unit: finer.unit,
    scale: finer.scale,
    decimals: finer.decimals,
    formula: `both(${a.formula}, ${b.formula})`,
    precedence: precedence.atom,
    inputs: [a, b],
  });
}
