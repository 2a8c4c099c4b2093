import Decimal from "decimal.js";
import { Nearest } from "./precise.ts";
import type { Quantity } from "./quantity.ts";
import { isCurrency, isDuration, scaleExponent } from "./unit.ts";
import type { Scale, Unit } from "./unit.ts";

export interface NumberFormat {
  readonly unit: Unit;
  readonly scale?: Scale;
  /** Digits after the point, at `scale`. */
  readonly decimals?: number;
  /** Which way to round: outward for the ends of an interval, so the printed one contains the true one. */
  readonly rounding?: "nearest" | "down" | "up";
  /** A change between percents: "−4.3 pp", not "−4.3%". */
  readonly points?: boolean | undefined;
}

const roundings = { nearest: Decimal.ROUND_HALF_UP, down: Decimal.ROUND_FLOOR, up: Decimal.ROUND_CEIL } as const;

/**
 * A number of base units as the filing prints it, without its unit: "2,636" at scale million,
 * "(936)" for a negative amount of money, "−4.5" for any other negative, "17.0".
 */
export function formatNumber(
  value: Decimal,
  { unit, scale = "one", decimals = 0, rounding = "nearest" }: NumberFormat,
): string {
  if (value.isNaN()) return "NaN";
  if (!value.isFinite()) return value.isNegative() ? "−∞" : "∞";
  const places = Math.max(0, decimals);
  const rounded = Nearest.div(value, 10 ** scaleExponent[scale]).toDecimalPlaces(places, roundings[rounding]);
  const digits = rounded
    .abs()
    .toFixed(places)
    .replace(/^\d+/, (integer) => integer.replace(/\B(?=(\d{3})+$)/g, ","));
  if (rounded.isZero() || rounded.isPositive()) return digits;
  return isCurrency(unit) ? `(${digits})` : `−${digits}`;
}

/** A number of base units with its unit and scale word: "RMB 2,636 million", "US$300 million", "34.2%". */
export function formatAmount(value: Decimal, format: NumberFormat): string {
  return withUnit(formatNumber(value, format), format);
}

/** A quantity's nominal value as the filing prints it. */
export function formatQuantity(quantity: Quantity): string {
  return formatAmount(quantity.value, quantity);
}

/** A quantity's nominal value as a reader should read it: "about RMB 3.6 billion" when it is approximate. */
export function formatQualified(quantity: Quantity): string {
  return `${quantity.approximate ? "about " : ""}${formatQuantity(quantity)}`;
}

/**
 * The interval a quantity stands for, ends rounded outward: "RMB 2,635.5–2,636.5 million", "about
 * RMB 3.55–3.65 billion" when it is approximate; a bound reads "more than US$300 million" or, when
 * approximate, by its nominal value: "more than about US$480 million" (its end, 479.5, would claim a
 * precision the word "approximately" never had). A point reads as its value. `qualified: false` leaves
 * out "about", for a range printed beside a value that says it.
 */
export function formatInterval(quantity: Quantity, { qualified = true }: { qualified?: boolean } = {}): string {
  const { lo, hi } = quantity;
  const about = qualified && quantity.approximate ? "about " : "";
  if (lo.eq(hi)) return `${about}${formatQuantity(quantity)}`;
  const decimals = intervalDecimals(quantity);
  const end = (value: Decimal, rounding: "down" | "up") => formatNumber(value, { ...quantity, decimals, rounding });
  if (!lo.isFinite() && !hi.isFinite()) return "any value";
  if (!lo.isFinite() || !hi.isFinite()) {
    const word = !hi.isFinite()
      ? quantity.strict
        ? "more than"
        : "at least"
      : quantity.strict
        ? "less than"
        : "at most";
    if (quantity.approximate) return `${word} about ${formatQuantity(quantity)}`;
    return `${word} ${withUnit(!hi.isFinite() ? end(lo, "down") : end(hi, "up"), quantity)}`;
  }
  // An en dash between two minus signs reads as a third: "−20.9 to −19.1%".
  const to = lo.isNegative() && !isCurrency(quantity.unit) ? " to " : "–";
  return `${about}${withUnit(`${end(lo, "down")}${to}${end(hi, "up")}`, quantity)}`;
}

const prefixes: Record<Unit, string> = {
  RMB: "RMB ",
  USD: "US$",
  percent: "",
  ratio: "",
  count: "",
  months: "",
  days: "",
  years: "",
};

function withUnit(number: string, { unit, scale = "one", points }: NumberFormat): string {
  const word = scale === "one" || unit === "percent" || unit === "ratio" ? "" : ` ${scale}`;
  const suffix = unit === "percent" ? (points ? " pp" : "%") : isDuration(unit) ? ` ${unit}` : "";
  return `${prefixes[unit]}${number}${word}${suffix}`;
}

/**
 * Digits that show an interval's ends: exactly when they end soon after the printed precision
 * (2,635.5–2,636.5), else enough to show its width to two significant digits (4.51–4.68%).
 */
function intervalDecimals({ lo, hi, scale, decimals }: Quantity): number {
  const ends = [lo, hi].filter((end) => end.isFinite()).map((end) => Nearest.div(end, 10 ** scaleExponent[scale]));
  const exactly = Math.max(...ends.map((end) => end.decimalPlaces()));
  if (exactly <= decimals + 2 || ends.length < 2) return Math.max(decimals, Math.min(exactly, decimals + 2));
  const [low, high] = ends as [Decimal, Decimal];
  return Math.max(decimals, 1 - high.minus(low).e);
}
