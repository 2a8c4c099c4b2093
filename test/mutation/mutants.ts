// Mutants of a filing: a disclosed number changed where the source prints it, by more than its rounding,
// as if the filing (or its transcription) had printed another figure. The facts file's quotes that print
// the number change with it, so the fact still reads from its anchor, now the wrong figure.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import Decimal from "decimal.js";
import { parseDocument } from "yaml";
import type { CheckResult } from "#engine/checks/index.ts";
import type { Fact } from "#engine/facts/fact.ts";
import { matchKey, occurrences, readSource, sourceSpan } from "#engine/facts/source.ts";
import { scaleExponent } from "#engine/quantity/unit.ts";
import type { Report } from "#engine/verify/verify.ts";

/** A number as a filing prints it: digits with commas and a point, in parentheses when negative. */
export const numberToken = /\(\d[\d,]*(?:\.\d+)?\)|\d[\d,]*(?:\.\d+)?/;

/** A fact changed one way: the value its number will print, at the printed scale. */
export interface Variant {
  readonly value: Decimal;
  /** How far it moved, for reports: "+6 units", "−15.2". */
  readonly step: string;
}

/**
 * One mutation of a fact. Two-sided checks (check, sumsTo, agrees) must catch a change either way,
 * so each way is a mutation of its own, with one variant. A one-sided check (a direction, a bound) can only
 * catch a change that contradicts what it states: its mutation moves the fact both ways far enough to
 * cross, and is caught if either way is.
 */
export interface Mutation {
  readonly fact: Fact;
  /** The checks it is meant to fail; the failing check must be one that uses the fact. */
  readonly checks: readonly CheckResult[];
  readonly variants: readonly Variant[];
  readonly label: string;
}

const oneSided = new Set<CheckResult["kind"]>(["direction", "holds"]);

/** The mutations of every fact the report's checks use. */
export function mutations(report: Report): Mutation[] {
  const facts = new Map<string, Fact>(
    report.facts.flatMap(({ facts }) =>
      [...facts.values()].map((fact) => [`${fact.filing}/${fact.id}`, fact] as const),
    ),
  );
  const users = new Map<string, CheckResult[]>();
  for (const check of report.ledger.results())
    for (const ref of check.facts) users.set(ref, [...(users.get(ref) ?? []), check]);
  return [...users].flatMap(([ref, checks]) => {
    const fact = facts.get(ref)!;
    const twoSided = checks.filter(({ kind }) => !oneSided.has(kind));
    if (twoSided.length) return beyondRounding(fact, twoSided, checks);
    return checks.map((check) => crossing(fact, check));
  });
}

/**
 * The fact moved each way by one unit of its last printed digit more than its easiest two-sided check
 * absorbs: the widths of that check's two intervals together. For n + 1 figures at one precision that is
 * 2 + n units; a figure in thousands checked against one in billions must move by the billion's rounding.
 * Any of the fact's checks may catch it.
 */
function beyondRounding(fact: Fact, twoSided: readonly CheckResult[], checks: readonly CheckResult[]): Mutation[] {
  const move = Decimal.min(...twoSided.map((check) => absorbed(fact, check)));
  const least = move.div(Decimal.pow(10, scaleExponent[fact.scale])).div(lastDigit(fact)).ceil().plus(1).toNumber();
  return [1, -1].map((sign) => {
    // A mutant printing a number its quote already prints (16.6 − 0.3 beside "RMB16.3 billion") would move the anchor, not just the value: go a unit further.
    let units = least;
    while (
      fact.quote.includes(
        printedValue(fact)
          .plus(lastDigit(fact).times(units * sign))
          .toFixed(fact.decimals),
      )
    )
      units++;
    return {
      fact,
      checks,
      variants: [
        {
          value: printedValue(fact).plus(lastDigit(fact).times(units * sign)),
          step: `${sign > 0 ? "+" : "−"}${units} units`,
        },
      ],
      label: `${sign > 0 ? "+" : "−"}${units} units of its last digit`,
    };
  });
}

/**
 * How far, in base units, the fact can move before the check notices: its two intervals' widths together.
 * When the check is in another unit (a share computed from the fact), the fact moves by twice that width
 * relative to the computed figure: a figure computed from it moves about in proportion, and twice leaves
 * room for the other inputs.
 */
function absorbed(fact: Fact, check: CheckResult): Decimal {
  const widths = check.computed.hi.minus(check.computed.lo).plus(check.disclosed.hi.minus(check.disclosed.lo));
  if (check.unit === fact.unit) return widths;
  return fact.value.abs().times(widths).div(check.computed.value.abs()).times(2);
}

/**
 * The fact moved, either way, by as much as the check's computed figure is from what the check states
 * (its value and the width of its interval), and 2 + n units of its last digit more: the way that
 * contradicts the statement must fail.
 */
function crossing(fact: Fact, check: CheckResult): Mutation {
  const { computed, disclosed } = check;
  const boundary = disclosed.lo.isFinite() ? disclosed.lo : disclosed.hi;
  const distance = computed.value.minus(boundary).abs().plus(computed.hi.minus(computed.lo));
  const units = 2 + check.facts.length - 1;
  const move = distance.div(Decimal.pow(10, scaleExponent[fact.scale])).plus(lastDigit(fact).times(units));
  // Rounded up to the printed precision, so the move is never less than it should be.
  const step = move.toDecimalPlaces(fact.decimals, Decimal.ROUND_UP);
  return {
    fact,
    checks: [check],
    variants: [1, -1].map((sign) => ({
      value: printedValue(fact).plus(step.times(sign)),
      step: `${sign > 0 ? "+" : "−"}${step.toFixed()}`,
    })),
    label: `across ${check.id}, either way by ${step.toFixed()}`,
  };
}

/** The fact's value as printed: at its scale, with its sign. */
function printedValue(fact: Fact): Decimal {
  return fact.value.div(Decimal.pow(10, scaleExponent[fact.scale]));
}

function lastDigit(fact: Fact): Decimal {
  return Decimal.pow(10, -fact.decimals);
}

/**
 * Writes a variant into `root`'s copy of the fact's filing: the number in source.txt, and every quote of
 * the facts file that prints it (a fact's own `number:` too), so the fact is still found at its anchor.
 * Returns the fact's printed form as it now reads.
 */
export async function applyVariant(root: string, fact: Fact, { value }: Variant): Promise<string> {
  const dir = join(root, "content/filings", fact.filing);
  const raw = await readFile(join(dir, "source.txt"), "utf8");
  const found = numberToken.exec(raw.slice(fact.span.start, fact.span.end));
  if (!found) throw new Error(`no digits in ${fact.id}'s printed form "${fact.printed}"`);
  const [before, start] = [found[0], fact.span.start + found.index];
  const after = token(value, {
    decimals: fact.decimals,
    grouped: before.includes(",") || value.abs().lt(1000) || !/\d{4}/.test(before),
  });
  await writeFile(join(dir, "source.txt"), raw.slice(0, start) + after + raw.slice(start + before.length));

  const source = readSource(raw, "source.txt");
  const document = parseDocument(await readFile(join(dir, "facts.yaml"), "utf8"));
  const entries = document.toJS() as Record<
    "facts" | "ignore",
    { id?: string; quote?: string; number?: string }[] | undefined
  >;
  for (const section of ["facts", "ignore"] as const) {
    entries[section]?.forEach((entry, i) => {
      if (entry.quote === undefined) return;
      const printing = occurrences(source, entry.quote)
        .map((at) => sourceSpan(source, at, at + matchKey(entry.quote!).length))
        .find((span) => span.start <= start && start + before.length <= span.end);
      if (!printing) return;
      // Which of the quote's printings of these digits it is: as many come before it in the source as in the quote.
      const nth = count(raw.slice(printing.start, start), before);
      document.setIn([section, i, "quote"], replaceNth(entry.quote, before, after, nth));
      if (entry.id === fact.id && entry.number !== undefined)
        document.setIn([section, i, "number"], replaceNth(entry.number, before, after, 0));
    });
  }
  await writeFile(join(dir, "facts.yaml"), document.toString());
  return fact.printed.replace(before, after);
}

/** A value printed the way filings print numbers. */
export function token(value: Decimal, { decimals, grouped }: { decimals: number; grouped: boolean }): string {
  const [whole = "", fraction] = value.abs().toFixed(decimals).split(".");
  const digits = `${grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ",") : whole}${fraction === undefined ? "" : `.${fraction}`}`;
  return value.isNegative() && !value.isZero() ? `(${digits})` : digits;
}

/** The token as a whole number: not part of a longer one. */
function bounded(token: string): RegExp {
  return new RegExp(`(?<![\\d.,])${token.replace(/[.()]/g, "\\$&")}(?!\\d|[.,]\\d)`, "g");
}

function count(text: string, token: string): number {
  return text.match(bounded(token))?.length ?? 0;
}

function replaceNth(text: string, before: string, after: string, nth: number): string {
  let seen = 0;
  const replaced = text.replace(bounded(before), (match) => (seen++ === nth ? after : match));
  if (seen <= nth) throw new Error(`"${before}" is not printed ${nth + 1} times in "${text}"`);
  return replaced;
}
