import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { div, growth, mul, ppChange, ratio, share, sub, sum } from "#engine/checks/index.ts";
import { rounded } from "./quantities.ts";

// The oracle computes on the true values at a precision far beyond the engine's.
const Truth = Decimal.clone({ precision: 200 });

/** A true value (up to 12 significant digits, anywhere from 10⁻⁴ to 10¹⁴) and the places a filing rounds it to. */
const figure = fc
  .record({
    digits: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    exponent: fc.integer({ min: -4, max: 2 }),
    decimals: fc.integer({ min: -3, max: 4 }),
  })
  .map(({ digits, exponent, decimals }) => ({
    truth: new Truth(digits.toString()).times(Truth.pow(10, exponent)),
    decimals,
  }));

function printed({ truth, decimals }: { truth: Decimal; decimals: number }, unit: Quantity["unit"] = "RMB"): Quantity {
  return rounded(truth, decimals, unit);
}

function contains(quantity: Quantity, truth: Decimal): boolean {
  return (
    quantity.lo.lte(truth) &&
    truth.lte(quantity.hi) &&
    quantity.lo.lte(quantity.value) &&
    quantity.value.lte(quantity.hi)
  );
}

/**
 * An operation dividing by `denominator` either computes an interval holding the truth, or, exactly when the
 * denominator's interval includes zero, refuses it.
 */
function holdsUnlessZero(denominator: Quantity, operation: () => Quantity, truth: Decimal): void {
  const zero = denominator.lo.lte(0) && denominator.hi.gte(0);
  let refused = false;
  try {
    expect(contains(operation(), truth)).toBe(true);
  } catch (error) {
    if (!(error instanceof RecountError && /includes zero|it is zero/.test(error.message))) throw error;
    refused = true;
  }
  expect(refused).toBe(zero);
}

describe("the true result lies in the computed interval", () => {
  it("for a sum", () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 6 }), (figures) => {
        expect(
          contains(
            sum(figures.map((f) => printed(f))),
            figures.reduce((total, f) => total.plus(f.truth), new Truth(0)),
          ),
        ).toBe(true);
      }),
    );
  });

  it("for a difference", () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        expect(contains(sub(printed(a), printed(b)), a.truth.minus(b.truth))).toBe(true);
      }),
    );
  });

  it("for a product", () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        expect(contains(mul(printed(a), printed(b, "percent")), a.truth.times(b.truth).div(100))).toBe(true);
      }),
    );
  });

  it("for a quotient, or it refuses a denominator that may be zero", () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const denominator = printed(b, "ratio");
        holdsUnlessZero(denominator, () => div(printed(a), denominator), a.truth.div(b.truth));
      }),
    );
  });

  it("for a ratio", () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const denominator = printed(b);
        holdsUnlessZero(denominator, () => ratio(printed(a), denominator), a.truth.div(b.truth));
      }),
    );
  });

  it("for a share of a total given as its parts", () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 5 }), fc.nat(), (figures, pick) => {
        const parts = figures.map((f) => printed(f));
        const index = pick % parts.length;
        const truth = figures[index]!.truth.times(100).div(figures.reduce((t, f) => t.plus(f.truth), new Truth(0)));
        holdsUnlessZero(sum(parts), () => share(parts[index]!, parts), truth);
      }),
    );
  });

  it("for a share of a total given as one figure", () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const whole = printed(b);
        holdsUnlessZero(whole, () => share(printed(a), whole), a.truth.times(100).div(b.truth));
      }),
    );
  });

  it("for a growth rate", () => {
    fc.assert(
      fc.property(figure, figure, (from, to) => {
        const start = printed(from);
        holdsUnlessZero(start, () => growth(start, printed(to)), to.truth.minus(from.truth).div(from.truth).times(100));
      }),
    );
  });

  it("for a change in percentage points, from percents or ratios", () => {
    fc.assert(
      fc.property(figure, figure, fc.boolean(), (from, to, asRatios) => {
        const unit = asRatios ? "ratio" : "percent";
        const truth = to.truth.minus(from.truth).times(asRatios ? 100 : 1);
        expect(contains(ppChange(printed(from, unit), printed(to, unit)), truth)).toBe(true);
      }),
    );
  });
});
