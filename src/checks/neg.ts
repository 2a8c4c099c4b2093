import type { Quantity } from "../quantity/quantity.ts";
import { computed, operand, precedence } from "./computed.ts";

/** −a: the interval mirrored, its ends swapped. */
export function neg(a: Quantity): Quantity {
  return computed({
    ...a,
    value: a.value.neg(),
    lo: a.hi.neg(),
    hi: a.lo.neg(),
    formula: `−${operand(a, precedence.negation)}`,
    precedence: precedence.negation,
    inputs: [a],
  });
}
