import Decimal from "decimal.js";
import type { Scale, Unit } from "./unit.ts";

/**
 * A number with its uncertainty: the closed interval [lo, hi] that the true value lies in.
 * Values are held in base units (yuan, not millions of yuan; 34.2 for 34.2 %), so that
 * quantities printed at different scales compare directly; `scale` and `decimals` only say how
 * to print it. lo may be -Infinity and hi +Infinity (a "more than" figure has no upper end).
 */
export interface Quantity {
  /** The nominal value: the printed number, or the computation done on nominal values. */
  readonly value: Decimal;
  readonly lo: Decimal;
  readonly hi: Decimal;
  readonly unit: Unit;
  /** The scale to print it in. */
  readonly scale: Scale;
  /** Digits after the point to print, at `scale`. */
  readonly decimals: number;
  /** How it came about: the printed form of a fact, or the formula of a computation. */
  readonly formula: string;
  /** Qualified ids (`filing/fact.id`) of the disclosed facts it was computed from. */
  readonly facts: readonly string[];
  /**
   * Printed "approximately", or computed from a figure that was: its interval is the printed precision's,
   * and wherever it is shown it reads "about". The word travels with the number through arithmetic.
   */
  readonly approximate?: boolean;
  /** A bound that excludes its end ("more than", "less than"), or computed from one: never "at least". */
  readonly strict?: boolean;
  /** A change between percents, in percentage points: it prints "pp", not "%" (`ppChange`, and sums of such changes). */
  readonly points?: boolean;
}

/** Whether a value is a quantity: it holds decimals, which only the host's objects do, so cells cannot forge one. */
export function isQuantity(value: unknown): value is Quantity {
  if (typeof value !== "object" || value === null) return false;
  const { value: decimal, lo, unit } = value as Partial<Record<keyof Quantity, unknown>>;
  return Decimal.isDecimal(decimal) && Decimal.isDecimal(lo) && typeof unit === "string";
}
