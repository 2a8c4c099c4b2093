import Decimal from "decimal.js";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { Down, Nearest, Up } from "#engine/quantity/precise.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { scaleExponent } from "#engine/quantity/unit.ts";
import type { Scale, Unit } from "#engine/quantity/unit.ts";

// A quantity computed from others, as every operation makes it: its formula, parenthesized only where it
// must be; the facts and qualifiers of its inputs; its interval, at the corners of theirs; its digits.

/** How tightly a formula binds, so that an operand is parenthesized only where it must be. */
export const precedence = { sum: 1, product: 2, negation: 3, atom: 4 } as const;

// Kept beside the quantities rather than on them: it only matters for writing formulas.
const precedences = new WeakMap<Quantity, number>();

export function precedenceOf(quantity: Quantity): number {
  return precedences.get(quantity) ?? precedence.atom;
}

/** The formula of `quantity` as an operand that needs to bind at least as tightly as `binding`. */
export function operand(quantity: Quantity, binding: number): string {
  return precedenceOf(quantity) < binding ? `(${quantity.formula})` : quantity.formula;
}

/** A computed quantity's own fields; its facts are those of its inputs. */
export interface ComputedFields extends Omit<Quantity, "facts"> {
  readonly precedence: number;
  /** The quantities it was computed from: it uses their facts. */
  readonly inputs: readonly Quantity[];
}

/** A quantity computed from others, its numbers in plain Decimals whichever precision computed them. */
export function computed({
  value,
  lo,
  hi,
  unit,
  scale,
  decimals,
  formula,
  precedence,
  inputs,
  points,
}: ComputedFields): Quantity {
  const facts = [...new Set(inputs.flatMap((input) => input.facts))];
  // Qualifiers travel with the numbers: a sum of "approximately" figures is approximate, one of "more than" figures a strict bound.
  const qualifiers = {
    approximate: inputs.some((input) => input.approximate),
    strict: inputs.some((input) => input.strict),
  };
  const quantity = Object.freeze({
    value: new Decimal(value),
    lo: new Decimal(lo),
    hi: new Decimal(hi),
    unit,
    scale,
    decimals,
    formula,
    facts,
    ...qualifiers,
    ...(points ? { points } : {}),
  });
  precedences.set(quantity, precedence);
  return quantity;
}

/** The finest scale among quantities, and the decimals at it that keep every one's printed digits. */
export function finest(quantities: readonly Quantity[]): { scale: Scale; decimals: number } {
  const scale = quantities.map((q) => q.scale).reduce((a, b) => (scaleExponent[b] < scaleExponent[a] ? b : a));
  // A reduce, not a spread into Math.max: a sum may have more parts than the stack has room for arguments.
  const decimals = quantities.reduce(
    (most, q) => Math.max(most, q.decimals - scaleExponent[q.scale] + scaleExponent[scale]),
    0,
  );
  return { scale, decimals };
}

/** Digits worth printing for a computed value at `scale`: down to the first digit of its interval's width. */
export function decimalsFor({ value, lo, hi }: { value: Decimal; lo: Decimal; hi: Decimal }, scale: Scale): number {
  const width = hi.minus(lo).div(10 ** scaleExponent[scale]);
  if (width.isZero()) return Math.min(value.div(10 ** scaleExponent[scale]).decimalPlaces(), 6);
  return width.isFinite() ? Math.max(0, -width.e) : 0;
}

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
