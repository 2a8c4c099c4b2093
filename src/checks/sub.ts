import { Down, Nearest, Up } from "../quantity/precise.ts";
import type { Quantity } from "../quantity/quantity.ts";
import { computed, finest, operand, precedence } from "./computed.ts";
import { requireSameUnit } from "./units.ts";

/** a − b: the lowest a less the highest b, up to the highest a less the lowest b. */
export function sub(a: Quantity, b: Quantity): Quantity {
  requireSameUnit("take the difference of", a, b);
  return computed({
    value: Nearest.sub(a.value, b.value),
    lo: Down.sub(a.lo, b.hi),
    hi: Up.sub(a.hi, b.lo),
    unit: a.unit,
    ...finest([a, b]),
    formula: `${operand(a, precedence.sum)} − ${operand(b, precedence.product)}`,
    precedence: precedence.sum,
    inputs: [a, b],
  });
}
