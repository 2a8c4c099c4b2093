import Decimal from "decimal.js";
import { scaleExponent } from "../quantity/unit.ts";
import type { Scale } from "../quantity/unit.ts";
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
  const exponent = scaleExponent[scale];
  const nominal = value.times(tenTo(exponent));
  const half = exact ? new Decimal(0) : tenTo(exponent - decimals).div(2);
  switch (qualifier) {
    case "more-than":
    case "at-least":
      return { value: nominal, lo: nominal, hi: new Decimal(Infinity) };
    case "less-than":
    case "at-most":
      return { value: nominal, lo: new Decimal(-Infinity), hi: nominal };
    default:
      return { value: nominal, lo: nominal.minus(half), hi: nominal.plus(half) };
  }
}

/** Powers of ten made once each: facts share a few exponents, and Decimal.pow is slow. */
const powersOfTen = new Map<number, Decimal>();

function tenTo(exponent: number): Decimal {
  let power = powersOfTen.get(exponent);
  if (!power) powersOfTen.set(exponent, (power = Decimal.pow(10, exponent)));
  return power;
}
