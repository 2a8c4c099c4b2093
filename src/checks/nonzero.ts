import { RecountError } from "../diagnostics/recount-error.ts";
import { formatInterval } from "../quantity/format.ts";
import type { Quantity } from "../quantity/quantity.ts";
import { describe } from "./describe.ts";

/** Throws unless `denominator` is surely not zero: a figure that may be zero has no sign to divide by. */
export function requireNonzero(denominator: Quantity): void {
  const { lo, hi } = denominator;
  if (lo.isPositive() && !lo.isZero()) return;
  if (hi.isNegative() && !hi.isZero()) return;
  const where = lo.eq(hi) ? "it is zero" : `its interval, ${formatInterval(denominator)}, includes zero`;
  throw new RecountError(`cannot divide by ${describe(denominator)}: ${where}`, {
    hint: "divide by a figure that is clearly not zero at its printed precision, or leave this computation out",
  });
}
