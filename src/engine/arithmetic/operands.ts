import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { formatInterval } from "#engine/quantity/format.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { isCurrency, isDuration } from "#engine/quantity/unit.ts";
import type { Unit } from "#engine/quantity/unit.ts";
import { describe } from "./describe.ts";

// What an operation asks of its operands: one unit, or a pure number to scale by, and a denominator that is
// surely not zero; refused in an editor's words.

/** Percents and ratios are pure numbers: they scale an amount without changing its unit. */
export function isPure(unit: Unit): boolean {
  return unit === "percent" || unit === "ratio";
}

/** How many of the unit make one: 100 for a percent. */
export function perOne(unit: Unit): number {
  return unit === "percent" ? 100 : 1;
}

const names: Record<Unit, string> = {
  RMB: "an amount in RMB",
  USD: "an amount in US$",
  percent: "a percent",
  ratio: "a ratio",
  count: "a count",
  months: "a duration in months",
  days: "a duration in days",
  years: "a duration in years",
};

export function unitName(unit: Unit): string {
  return names[unit];
}

/** Throws unless `a` and `b` are in the same unit (scales may differ: values are in base units). */
export function requireSameUnit(action: string, a: Quantity, b: Quantity): void {
  if (a.unit !== b.unit) throw unitMismatch(action, a, b);
}

export function unitMismatch(action: string, a: Quantity, b: Quantity): RecountError {
  const message = `cannot ${action} ${describe(a)} and ${describe(b)}`;
  if (isCurrency(a.unit) && isCurrency(b.unit)) {
    return new RecountError(`${message}: they are in different currencies`, {
      hint: `convert one with convert(amount, rate, "${a.unit} per ${b.unit}"), the rate a disclosed fact`,
    });
  }
  if (isDuration(a.unit) && isDuration(b.unit)) {
    return new RecountError(`${message}: they are durations in different units`, {
      hint: `a filing's ${a.unit} and ${b.unit} do not convert exactly: compare figures the filing prints in one unit`,
    });
  }
  if (isPure(a.unit) && isPure(b.unit)) {
    return new RecountError(`${message}: one is a percent, the other a ratio`, {
      hint: "make the ratio a percent with asPercent(ratio)",
    });
  }
  return new RecountError(`${message}: ${unitName(a.unit)} and ${unitName(b.unit)} do not mix`, {
    hint: "check that the formula uses the facts you meant",
  });
}

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
