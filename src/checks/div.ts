import type { Quantity } from "../quantity/quantity.ts";
import { operand, precedence } from "./computed.ts";
import { evaluate } from "./evaluate.ts";
import { requireNonzero } from "./nonzero.ts";
import { isPure, perOne, unitMismatch } from "./units.ts";

/**
 * a ÷ b: like by like gives a ratio (RMB ÷ RMB, % ÷ %); dividing by a pure number (a percent or a
 * ratio) keeps a's unit. The denominator must surely not be zero.
 */
export function div(a: Quantity, b: Quantity): Quantity {
  const like = a.unit === b.unit;
  if (!like && !isPure(b.unit)) throw unitMismatch("take the quotient of", a, b);
  requireNonzero(b);
  const per = like ? 1 : perOne(b.unit);
  return evaluate([a, b], ([x, y], D) => D.div(D.mul(x, per), y), {
    unit: like ? "ratio" : a.unit,
    scale: like ? "one" : a.scale,
    formula: `${operand(a, precedence.product)} ÷ ${operand(b, precedence.negation)}`,
    precedence: precedence.product,
  });
}
