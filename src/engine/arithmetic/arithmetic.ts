import type Decimal from "decimal.js";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { exact } from "#engine/quantity/exact.ts";
import { Down, Nearest, Up } from "#engine/quantity/precise.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { computed, evaluate, finest, operand, precedence, precedenceOf } from "./computed.ts";
import { describe } from "./describe.ts";
import { isPure, perOne, requireNonzero, requireSameUnit, unitMismatch, unitName } from "./operands.ts";

// The arithmetic cells do on figures, each operation giving an interval sure to hold the true result: sums
// and differences add their inputs' ends end to end, products and quotients are evaluated at the corners of
// their inputs' intervals (evaluate, ./computed.ts).

/** The sum of `parts`, its interval the sum of theirs, end to end: [Σ lo, Σ hi]. */
export function sum(parts: readonly Quantity[]): Quantity {
  const [first] = parts;
  if (!first) throw new RecountError("cannot sum no parts", { hint: "pass the parts as a list: sum([a, b, c])" });
  for (const part of parts) requireSameUnit("add", first, part);
  return computed({
    value: parts.reduce((total, part) => Nearest.add(total, part.value), new Nearest(0)),
    lo: parts.reduce((total, part) => Down.add(total, part.lo), new Down(0)),
    hi: parts.reduce((total, part) => Up.add(total, part.hi), new Up(0)),
    unit: first.unit,
    ...finest(parts),
    formula: parts.map((part) => operand(part, precedence.sum)).join(" + "),
    precedence: parts.length > 1 ? precedence.sum : precedenceOf(first),
    inputs: parts,
    points: parts.every((part) => part.points),
  });
}

/** a + b. */
export function add(a: Quantity, b: Quantity): Quantity {
  return sum([a, b]);
}

/** a − b: the lowest a less the highest b, up to the highest a less the lowest b. */
export function sub(a: Quantity, b: Quantity): Quantity {
  return difference(a, b, { points: a.points === true && b.points === true });
}

/** a − b, in percentage points where it is a change between percents. */
function difference(a: Quantity, b: Quantity, { points }: { points: boolean }): Quantity {
  requireSameUnit("take the difference of", a, b);
  return computed({
    points,
    value: Nearest.sub(a.value, b.value),
    lo: Down.sub(a.lo, b.hi),
    hi: Up.sub(a.hi, b.lo),
    unit: a.unit,
    ...finest([a, b]),
    formula: `${operand(a, precedence.sum)} − ${operand(b, precedence.product)}`,
    precedence: precedence.sum,
    inputs: [a, b],
  });
}

/** −a: the interval mirrored, its ends swapped. */
export function neg(a: Quantity): Quantity {
  return computed({
    ...a,
    value: a.value.neg(),
    lo: a.hi.neg(),
    hi: a.lo.neg(),
    formula: `−${operand(a, precedence.negation)}`,
    precedence: precedence.negation,
    inputs: [a],
  });
}

/**
 * a × b, where at least one is a pure number (a percent or a ratio) that scales the other:
 * RMB 2,636 million × 34.2 % is RMB 901.5 million.
 */
export function mul(a: Quantity, b: Quantity): Quantity {
  if (!isPure(a.unit) && !isPure(b.unit)) {
    throw new RecountError(
      `cannot multiply ${describe(a)} and ${describe(b)}: only a percent or a ratio scales an amount`,
      {
        hint: "multiply by a percent or a ratio; to relate two amounts, use ratio(a, b) or share(part, whole)",
      },
    );
  }
  const [amount, factor] = isPure(b.unit) ? [a, b] : [b, a];
  const per = perOne(factor.unit);
  return evaluate([amount, factor], ([x, y], D) => product(x, D.div(y, per), D), {
    unit: amount.unit,
    scale: amount.scale,
    formula: `${operand(a, precedence.product)} × ${operand(b, precedence.product)}`,
    precedence: precedence.product,
  });
}

/** x × y, where 0 × ∞ is 0: an end at infinity is never reached, so it cannot outweigh a zero. */
function product(x: Decimal, y: Decimal, D: Decimal.Constructor): Decimal {
  return x.isZero() || y.isZero() ? new D(0) : D.mul(x, y);
}

/**
 * a ÷ b: like by like gives a ratio (RMB ÷ RMB, % ÷ %); dividing by a pure number (a percent or a
 * ratio) keeps a's unit. The denominator must surely not be zero.
 */
export function div(a: Quantity, b: Quantity): Quantity {
  const like = a.unit === b.unit;
  if (!like && !isPure(b.unit)) throw unitMismatch("take the quotient of", a, b);
  requireNonzero(b);
  const per = like ? 1 : perOne(b.unit);
  return evaluate([a, b], ([x, y], D) => D.div(D.mul(x, per), y), {
    unit: like ? "ratio" : a.unit,
    scale: like ? "one" : a.scale,
    formula: `${operand(a, precedence.product)} ÷ ${operand(b, precedence.negation)}`,
    precedence: precedence.product,
  });
}

/** a ÷ b for two quantities of one unit, as a ratio: a leverage ratio, one amount per another. */
export function ratio(a: Quantity, b: Quantity): Quantity {
  requireSameUnit("take the ratio of", a, b);
  return div(a, b);
}

/**
 * The percent of `whole` that `part` is. Given the whole as its parts (`part` among them), the part
 * counts once, in numerator and denominator alike: x ÷ (x + rest) rises with x and falls with the
 * rest, which is much tighter than dividing the part's interval by the total's.
 */
export function share(part: Quantity, whole: Quantity | readonly Quantity[]): Quantity {
  if (!isList(whole)) {
    requireSameUnit("take the share of", part, whole);
    requireNonzero(whole);
    return evaluate([part, whole], ([x, total], D) => D.div(D.mul(x, 100), total), {
      unit: "percent",
      scale: "one",
      formula: `${operand(part, precedence.product)} ÷ ${operand(whole, precedence.negation)}`,
      precedence: precedence.product,
    });
  }
  const index = whole.indexOf(part);
  if (index < 0) {
    throw new RecountError(`cannot take the share of ${describe(part)} in parts it is not one of`, {
      hint: "pass the very quantity that is among the parts, or the total as one quantity: share(part, total)",
    });
  }
  const total = sum(whole);
  requireNonzero(total);
  const others = whole.filter((_, i) => i !== index);
  const rest = others.length ? sum(others) : exact(0, part.unit);
  return evaluate([part, rest], ([x, r], D) => D.div(D.mul(x, 100), D.add(x, r)), {
    unit: "percent",
    scale: "one",
    formula: `${operand(part, precedence.product)} ÷ ${operand(total, precedence.negation)}`,
    precedence: precedence.product,
  });
}

function isList(whole: Quantity | readonly Quantity[]): whole is readonly Quantity[] {
  return Array.isArray(whole);
}

/**
 * The growth rate from `from` to `to`, in percent: (to − from) ÷ from, computed as to ÷ from − 1 so
 * that `from` counts once; that moves one way in each input, so its interval is tight.
 */
export function growth(from: Quantity, to: Quantity): Quantity {
  requireSameUnit("take the growth rate between", from, to);
  requireNonzero(from);
  return evaluate([from, to], ([start, end], D) => D.mul(D.sub(D.div(end, start), 1), 100), {
    unit: "percent",
    scale: "one",
    formula: `(${operand(to, precedence.sum)} − ${operand(from, precedence.product)}) ÷ ${operand(from, precedence.negation)}`,
    precedence: precedence.product,
  });
}

/** A ratio as a percent (0.342 → 34.2 %); a percent as it is. */
export function asPercent(quantity: Quantity): Quantity {
  if (quantity.unit === "percent") return quantity;
  if (quantity.unit !== "ratio") {
    throw new RecountError(`cannot express ${describe(quantity)} as a percent: it is ${unitName(quantity.unit)}`, {
      hint: "divide it by a like amount first: share(part, whole) or ratio(a, b)",
    });
  }
  return computed({
    value: quantity.value.times(100),
    lo: quantity.lo.times(100),
    hi: quantity.hi.times(100),
    unit: "percent",
    scale: "one",
    decimals: Math.max(0, quantity.decimals - 2),
    formula: quantity.formula,
    precedence: precedenceOf(quantity),
    inputs: [quantity],
  });
}

/**
 * The change from one percent to another in percentage points (2.8 % → 3.4 % is +0.6): a difference,
 * so its interval is as wide as both inputs' together.
 */
export function ppChange(from: Quantity, to: Quantity): Quantity {
  for (const quantity of [from, to]) {
    if (!isPure(quantity.unit)) {
      throw new RecountError(
        `cannot take a change in percentage points of ${describe(quantity)}: it is ${unitName(quantity.unit)}`,
        {
          hint: "ppChange compares two percents or ratios; for the change in an amount use growth(from, to) or sub(to, from)",
        },
      );
    }
  }
  return difference(asPercent(to), asPercent(from), { points: true });
}
