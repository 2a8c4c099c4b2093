import { RecountError } from "../diagnostics/recount-error.ts";
import type { Quantity } from "../quantity/quantity.ts";
import { asPercent } from "./as-percent.ts";
import { describe } from "./describe.ts";
import { sub } from "./sub.ts";
import { isPure, unitName } from "./units.ts";

/**
 * The change from one percent to another in percentage points (2.8 % → 3.4 % is +0.6): a difference,
 * so its interval is as wide as both inputs' together.
 */
export function ppChange(from: Quantity, to: Quantity): Quantity {
  for (const quantity of [from, to]) {
    if (!isPure(quantity.unit)) {
      throw new RecountError(
        `cannot take a change in percentage points of ${describe(quantity)}: it is ${unitName(quantity.unit)}`,
        {
          hint: "ppChange compares two percents or ratios; for the change in an amount use growth(from, to) or sub(to, from)",
        },
      );
    }
  }
  return sub(asPercent(to), asPercent(from));
}
