import type Decimal from "decimal.js";
import { formatAmount, formatInterval, formatQuantity } from "#engine/quantity/format.ts";
import { Nearest } from "#engine/quantity/precise.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { scaleExponent } from "#engine/quantity/unit.ts";
import type { Comparison } from "#engine/arithmetic/compare.ts";
import { withDirection } from "#engine/facts/direction.ts";
import { cellPlace, isFact } from "#engine/facts/fact.ts";
import { cellNames } from "#engine/cell-names/cell-names.ts";
import type { CheckResult } from "./result.ts";

/**
 * What to do about a failed check: when a side is a fact printed with a direction ("a decrease of 23.2%",
 * read as −23.2%) and the other lies wholly the other side of zero, which way was printed; else the kind's hint.
 */
export function failureHint({ kind, computed, disclosed }: CheckResult): string {
  for (const [fact, other] of [
    [disclosed, computed],
    [computed, disclosed],
  ] as const) {
    if (!isFact(fact) || !fact.direction) continue;
    const opposite = fact.direction.way === "decrease" ? other.lo.gt(0) : other.hi.lt(0);
    if (!opposite) continue;
    const [printed, found] =
      fact.direction.way === "decrease" ? ["a decrease", "an increase"] : ["an increase", "a decrease"];
    return `the filing prints ${printed} ("${withDirection(fact.printed, fact.direction)}"), which ${fact.id} reads as ${fact.direction.way === "decrease" ? "negative" : "positive"}, and the other side is ${found}: compare growth(from, to) with it as it is, without neg(), and check the order (from, then to)`;
  }
  return cellNames[kind].check.hint;
}

/**
 * Why a check failed, for an editor: the check, both sides with how each came about (a formula and its
 * facts, or a fact's quote and where it is declared), and how far apart they are beyond rounding.
 * `between` are the two quantities a direction is stated between.
 */
export function failureMessage(
  result: CheckResult,
  { gap }: Comparison,
  between?: { from: Quantity; to: Quantity },
): string {
  const rows = between ? directionRows(result, gap, between) : comparisonRows(result, gap);
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  const body = rows.flatMap(([name, [head, ...rest]]) => [
    `  ${name.padEnd(width)}${head}`,
    ...rest.map((line) => `  ${" ".repeat(width)}${line}`),
  ]);
  return [`check failed: ${result.label} [${result.id}]`, ...body].join("\n");
}

type Row = [name: string, lines: string[]];

function comparisonRows(result: CheckResult, gap: Decimal): Row[] {
  const { kind, computed, disclosed } = result;
  const [first, second] =
    kind === "agrees"
      ? [title(computed, "first"), title(disclosed, "second")]
      : ["computed", kind === "holds" ? "bound" : "disclosed"];
  const difference = kind === "holds" ? boundGap(result, gap) : nominalGap(result, gap, first, second);
  return [
    [first, lines(computed)],
    [second, lines(disclosed)],
    ["difference", [difference]],
  ];
}

function directionRows(
  { computed, disclosed }: CheckResult,
  gap: Decimal,
  { from, to }: { from: Quantity; to: Quantity },
): Row[] {
  const apart = gap.isZero()
    ? "to is at best equal to from"
    : `to is ${disclosed.hi.isFinite() ? "above" : "below"} from by at least ${amount(gap, computed)}`;
  return [
    ["stated", [`${disclosed.formula} from ${from.formula} to ${to.formula}`]],
    ["change", [formatInterval(computed), `= ${computed.formula}`]],
    ["from", lines(from)],
    ["to", lines(to)],
    ["difference", [apart]],
  ];
}

/** A quantity's interval and where it comes from: a fact's quote and declaration, or a formula's facts. */
function lines(quantity: Quantity): string[] {
  if (isFact(quantity)) {
    // A bound's printed form says more than its interval can: "more than" excludes its end.
    const bound = !quantity.lo.isFinite() || !quantity.hi.isFinite();
    // A decrease is read as negative: the words that made it so belong with the printed figure.
    const printed =
      quantity.direction?.way === "decrease" ? withDirection(quantity.printed, quantity.direction) : quantity.printed;
    const head = bound ? printed : `${formatInterval(quantity)}, printed ${printed}`;
    const cell = cellPlace(quantity);
    return [
      head,
      `"${quantity.quote.replace(/\s+/g, " ").trim()}"`,
      ...(cell ? [cell] : []),
      `${quantity.file}:${quantity.line}`,
    ];
  }
  const formula = quantity.formula === formatQuantity(quantity) ? [] : [`= ${quantity.formula}`];
  const facts = quantity.facts.length ? [`facts: ${quantity.facts.join(", ")}`] : [];
  return [formatInterval(quantity), ...formula, ...facts];
}

/** A side of an agreement: the fact, named with its filing, as both may be of one filing. */
function title(quantity: Quantity, otherwise: string): string {
  return isFact(quantity) ? `${quantity.filing}/${quantity.id}` : otherwise;
}

function nominalGap({ difference, disclosed }: CheckResult, gap: Decimal, first: string, second: string): string {
  const side = difference.isNegative() ? "below" : "above";
  return `${first} is ${amount(difference, disclosed)} ${side} ${second}; rounding explains ${amount(difference.abs().minus(gap), disclosed)} of it`;
}

function boundGap({ computed, disclosed }: CheckResult, gap: Decimal): string {
  const lower = !disclosed.hi.isFinite();
  const end = lower ? `at most ${figure(computed.hi, computed)}` : `at least ${figure(computed.lo, computed)}`;
  if (gap.isZero()) return `computed is ${end}: it only touches the bound, and the bound excludes its end`;
  return `computed is ${end}, ${amount(gap, disclosed)} ${lower ? "short of" : "over"} the bound`;
}

/** A size of difference in the units of `like` (percents differ by percentage points). */
function amount(value: Decimal, like: Quantity): string {
  const size = value.abs();
  return like.unit === "percent" ? `${figure(size, { ...like, unit: "ratio" })} percentage points` : figure(size, like);
}

/** A value in the units of `like`, to as many places as it has, up to two beyond the printed ones. */
function figure(value: Decimal, { unit, scale, decimals }: Quantity): string {
  const places = Math.min(Nearest.div(value, 10 ** scaleExponent[scale]).decimalPlaces(), decimals + 2);
  return formatAmount(value, { unit, scale, decimals: places });
}
