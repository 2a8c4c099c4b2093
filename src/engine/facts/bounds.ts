import Decimal from "decimal.js";
import { Down, Nearest, Up } from "#engine/quantity/precise.ts";
import { scaleExponent } from "#engine/quantity/unit.ts";
import type { Scale } from "#engine/quantity/unit.ts";
import type { Qualifier } from "./fact.ts";

/**
 * The interval a printed number stands for, in base units. Printed digits are rounded to the nearest unit
 * of their last place, so "RMB 17.0 billion" is [16.95, 17.05] billion; an exact number is a point.
 * A bound ("more than", "at least" / "less than", "at most") is open on its other side;
 * "approximately" keeps the printed precision.
 */
export function bounds({
  value,
  decimals,
  scale,
  qualifier,
  exact = false,
}: {
  value: Decimal;
  decimals: number;
  scale: Scale;
  qualifier: Qualifier | undefined;
  exact?: boolean;
}): { value: Decimal; lo: Decimal; hi: Decimal } {
  const { value: nominal, lo, hi } = interval(value, decimals, scale, qualifier, exact);
  // Plain Decimals, as every quantity holds (the constructor copies digits, rounding none).
  return { value: new Decimal(nominal), lo: new Decimal(lo), hi: new Decimal(hi) };
}

function interval(
  value: Decimal,
  decimals: number,
  scale: Scale,
  qualifier: Qualifier | undefined,
  exact: boolean,
): { value: Decimal; lo: Decimal; hi: Decimal } {
  // Shifting the point and halving a power of ten are exact; the ends round outward if ever they must,
  // so that no figure's interval is narrowed, however many digits it prints.
  const exponent = scaleExponent[scale];
  const nominal = new Nearest(value).times(tenTo(exponent));
  const half = exact ? new Nearest(0) : tenTo(exponent - decimals).div(2);
  switch (qualifier) {
    case "more-than":
    case "at-least":
      return { value: nominal, lo: nominal, hi: new Nearest(Infinity) };
    case "less-than":
    case "at-most":
      return { value: nominal, lo: new Nearest(-Infinity), hi: nominal };
    default:
      return { value: nominal, lo: Down.sub(nominal, half), hi: Up.add(nominal, half) };
  }
}

/** Powers of ten made once each: facts share a few exponents. */
const powersOfTen = new Map<number, Decimal>();

function tenTo(exponent: number): Decimal {
  let power = powersOfTen.get(exponent);
  if (!power) powersOfTen.set(exponent, (power = new Nearest(`1e${exponent}`)));
  return power;
}
