import { RecountError } from "../diagnostics/recount-error.ts";
import { exact } from "../quantity/exact.ts";
import type { Quantity } from "../quantity/quantity.ts";
import { operand, precedence } from "./computed.ts";
import { describe } from "./describe.ts";
import { evaluate } from "./evaluate.ts";
import { requireNonzero } from "./nonzero.ts";
import { sum } from "./sum.ts";
import { requireSameUnit } from "./units.ts";

/**
 * The percent of `whole` that `part` is. Given the whole as its parts (`part` among them), the part
 * counts once, in numerator and denominator alike: x ÷ (x + rest) rises with x and falls with the
 * rest, which is much tighter than dividing the part's interval by the total's.
 */
export function share(part: Quantity, whole: Quantity | readonly Quantity[]): Quantity {
  if (!isList(whole)) {
    requireSameUnit("take the share of", part, whole);
    requireNonzero(whole);
    return evaluate([part, whole], ([x, total], D) => D.div(D.mul(x, 100), total), {
      unit: "percent",
      scale: "one",
      formula: `${operand(part, precedence.product)} ÷ ${operand(whole, precedence.negation)}`,
      precedence: precedence.product,
    });
  }
  const index = whole.indexOf(part);
  if (index < 0) {
    throw new RecountError(`cannot take the share of ${describe(part)} in parts it is not one of`, {
      hint: "pass the very quantity that is among the parts, or the total as one quantity: share(part, total)",
    });
  }
  const total = sum(whole);
  requireNonzero(total);
  const others = whole.filter((_, i) => i !== index);
  const rest = others.length ? sum(others) : exact(0, part.unit);
  return evaluate([part, rest], ([x, r], D) => D.div(D.mul(x, 100), D.add(x, r)), {
    unit: "percent",
    scale: "one",
    formula: `${operand(part, precedence.product)} ÷ ${operand(total, precedence.negation)}`,
    precedence: precedence.product,
  });
}

function isList(whole: Quantity | readonly Quantity[]): whole is readonly Quantity[] {
  return Array.isArray(whole);
}
