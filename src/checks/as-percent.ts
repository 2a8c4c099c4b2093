import { RecountError } from "../diagnostics/recount-error.ts";
import type { Quantity } from "../quantity/quantity.ts";
import { computed, precedenceOf } from "./computed.ts";
import { describe } from "./describe.ts";
import { unitName } from "./units.ts";

/** A ratio as a percent (0.342 → 34.2 %); a percent as it is. */
export function asPercent(quantity: Quantity): Quantity {
  if (quantity.unit === "percent") return quantity;
  if (quantity.unit !== "ratio") {
    throw new RecountError(`cannot express ${describe(quantity)} as a percent: it is ${unitName(quantity.unit)}`, {
      hint: "divide it by a like amount first: share(part, whole) or ratio(a, b)",
    });
  }
  return computed({
    value: quantity.value.times(100),
    lo: quantity.lo.times(100),
    hi: quantity.hi.times(100),
    unit: "percent",
    scale: "one",
    decimals: Math.max(0, quantity.decimals - 2),
    formula: quantity.formula,
    precedence: precedenceOf(quantity),
    inputs: [quantity],
  });
}
