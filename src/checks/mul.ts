import type Decimal from "decimal.js";
import { RecountError } from "../diagnostics/recount-error.ts";
import type { Quantity } from "../quantity/quantity.ts";
import { operand, precedence } from "./computed.ts";
import { describe } from "./describe.ts";
import { evaluate } from "./evaluate.ts";
import { isPure, perOne } from "./units.ts";

/**
 * a × b, where at least one is a pure number (a percent or a ratio) that scales the other:
 * RMB 2,636 million × 34.2 % is RMB 901.5 million.
 */
export function mul(a: Quantity, b: Quantity): Quantity {
  if (!isPure(a.unit) && !isPure(b.unit)) {
    throw new RecountError(
      `cannot multiply ${describe(a)} and ${describe(b)}: only a percent or a ratio scales an amount`,
      {
        hint: "multiply by a percent or a ratio; to relate two amounts, use ratio(a, b) or share(part, whole)",
      },
    );
  }
  const [amount, factor] = isPure(b.unit) ? [a, b] : [b, a];
  const per = perOne(factor.unit);
  return evaluate([amount, factor], ([x, y], D) => product(x, D.div(y, per), D), {
    unit: amount.unit,
    scale: amount.scale,
    formula: `${operand(a, precedence.product)} × ${operand(b, precedence.product)}`,
    precedence: precedence.product,
  });
}

/** x × y, where 0 × ∞ is 0: an end at infinity is never reached, so it cannot outweigh a zero. */
function product(x: Decimal, y: Decimal, D: Decimal.Constructor): Decimal {
  return x.isZero() || y.isZero() ? new D(0) : D.mul(x, y);
}
