import type { Quantity } from "../quantity/quantity.ts";
import { operand, precedence } from "./computed.ts";
import { evaluate } from "./evaluate.ts";
import { requireNonzero } from "./nonzero.ts";
import { requireSameUnit } from "./units.ts";

/**
 * The growth rate from `from` to `to`, in percent: (to − from) ÷ from, computed as to ÷ from − 1 so
 * that `from` counts once; that moves one way in each input, so its interval is tight.
 */
export function growth(from: Quantity, to: Quantity): Quantity {
  requireSameUnit("take the growth rate between", from, to);
  requireNonzero(from);
  return evaluate([from, to], ([start, end], D) => D.mul(D.sub(D.div(end, start), 1), 100), {
    unit: "percent",
    scale: "one",
    formula: `(${operand(to, precedence.sum)} − ${operand(from, precedence.product)}) ÷ ${operand(from, precedence.negation)}`,
    precedence: precedence.product,
  });
}
