import Decimal from "decimal.js";
import type { Quantity } from "../quantity/quantity.ts";
import { scaleExponent } from "../quantity/unit.ts";
import type { Scale } from "../quantity/unit.ts";

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
