import type { Quantity } from "../quantity/quantity.ts";
import { div } from "./div.ts";
import { requireSameUnit } from "./units.ts";

/** a ÷ b for two quantities of one unit, as a ratio: a leverage ratio, one amount per another. */
export function ratio(a: Quantity, b: Quantity): Quantity {
  requireSameUnit("take the ratio of", a, b);
  return div(a, b);
}
