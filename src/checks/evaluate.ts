import type Decimal from "decimal.js";
import { RecountError } from "../diagnostics/recount-error.ts";
import { Down, Nearest, Up } from "../quantity/precise.ts";
import type { Quantity } from "../quantity/quantity.ts";
import type { Scale, Unit } from "../quantity/unit.ts";
import { computed, decimalsFor } from "./computed.ts";

/**
 * A formula on values, computed with the rounding of `D`. Each step rounds D's way, so a step may be
 * inexact only where the formula rises with its result: a quotient last, not a denominator (at D's
 * precision, sums and products of printed figures are exact).
 */
export type Form = (values: readonly Decimal[], D: Decimal.Constructor) => Decimal;

/**
 * The quantity a formula computes from `inputs`, for a formula that moves one way in each input
 * whatever the others are (a product, a quotient away from zero, a share, a growth rate): its extremes
 * lie at corners of the inputs' intervals, so evaluating it there gives the tightest sound interval.
 */
export function evaluate(
  inputs: readonly Quantity[],
  form: Form,
  { unit, scale, formula, precedence }: { unit: Unit; scale: Scale; formula: string; precedence: number },
): Quantity {
  const value = form(
    inputs.map((input) => input.value),
    Nearest,
  );
  let lo = new Down(Infinity);
  let hi = new Up(-Infinity);
  for (const corner of corners(inputs)) {
    const low = form(corner, Down);
    const high = form(corner, Up);
    if (low.isNaN() || high.isNaN()) {
      throw new RecountError(`cannot bound ${formula}: an input without an upper or lower end leaves it undetermined`, {
        hint: `use figures with both ends here; a bound such as "more than" can only be checked against`,
      });
    }
    lo = Down.min(lo, low);
    hi = Up.max(hi, high);
  }
  return computed({
    value,
    lo,
    hi,
    unit,
    scale,
    decimals: decimalsFor({ value, lo, hi }, scale),
    formula,
    precedence,
    inputs,
  });
}

/** Every combination of the inputs' ends. */
function corners(inputs: readonly Quantity[]): Decimal[][] {
  return inputs.reduce<Decimal[][]>(
    (partial, { lo, hi }) =>
      partial.flatMap((corner) =>
        lo.eq(hi)
          ? [[...corner, lo]]
          : [
              [...corner, lo],
              [...corner, hi],
            ],
      ),
    [[]],
  );
}
