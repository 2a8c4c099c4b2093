import Decimal from "decimal.js";
import type { Quantity } from "../quantity/quantity.ts";
import { computed, precedence } from "./computed.ts";

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
