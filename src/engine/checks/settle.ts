import type Decimal from "decimal.js";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { Location } from "#engine/diagnostics/recount-error.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import type { Comparison } from "#engine/arithmetic/compare.ts";
import { isFact } from "#engine/facts/fact.ts";
import type { Ledger } from "./ledger.ts";
import { failureHint, failureMessage } from "./message.ts";
import type { CheckKind, CheckResult, Side } from "./result.ts";

export interface CheckOptions {
  /** What the check shows, in words: "Net provisions are new provisions plus revisions (H1 2023)". */
  readonly label: string;
  /** Declares the check expected to fail, and why: it then passes as an expected discrepancy. */
  readonly discrepancy?: string;
  /**
   * Declares that the disclosed side is computed too (FY2023 − H1 2023 against FY2023 − H1 2023): the
   * page, the ledger and ledger.json then say "computed" on both sides. Without it, the disclosed side
   * must be a fact the filing prints.
   */
  readonly bothComputed?: boolean;
  /** The ids of the checks this one follows from algebraically: it is marked derived and counted apart. */
  readonly derivedFrom?: readonly string[];
  /**
   * For a direction the filing states: the passage of its source that states it, verified like a quotation.
   * Without it, the direction is Recount's reading of the figures, and labelled so.
   */
  readonly stated?: string;
}

export interface Settling {
  readonly kind: CheckKind;
  readonly id: string;
  readonly options: CheckOptions;
  readonly computed: Quantity;
  readonly disclosed: Quantity;
  readonly comparison: Comparison;
  /** For a direction: the two quantities it is stated between, for the failure message and the ledger. */
  readonly between?: { readonly from: Quantity; readonly to: Quantity };
  /** For a sum: its parts, which the ledger reads to find the directions the sum implies. */
  readonly parts?: readonly Quantity[];
}

/**
 * Records a comparison in the ledger as a check of `filing` made at `location`, and returns the result.
 * A declared discrepancy turns a failure into an expected one; declared where the figures agree, it
 * is stale, and says so in a warning.
 */
export function settle(
  { ledger, filing, location }: { ledger: Ledger; filing: string; location: () => Location },
  { kind, id, options, computed, disclosed, comparison, between, parts }: Settling,
): CheckResult {
  const { label, discrepancy, derivedFrom = [], stated } = validate(id, kind, options);
  const { file, line } = location();
  const sides = sidesOf(kind, computed, disclosed, id, options, { file, line });
  for (const from of derivedFrom) {
    if (!ledger.has(filing, from)) {
      throw new RecountError(
        `check "${id}" says it is derived from check "${from}", which no earlier cell of filing ${filing} makes`,
        {
          location: { file, line },
          hint: "name checks made before this one, by their ids as the ledger lists them",
        },
      );
    }
  }
  const declared = discrepancy !== undefined;
  const status = declared && comparison.status === "inconsistent" ? "expected-discrepancy" : comparison.status;
  const result: CheckResult = {
    id,
    filing,
    label,
    kind,
    status,
    computed,
    disclosed,
    sides,
    approximate: computed.approximate === true || disclosed.approximate === true,
    passage: stated,
    derivedFrom,
    reading: derivedFrom.length
      ? "derived"
      : (between ? samePassage(between.from, between.to) : samePassage(computed, disclosed))
        ? "consistency"
        : "independent",
    unit: computed.unit,
    facts: [...new Set([...computed.facts, ...disclosed.facts])],
    file,
    line,
    formula: computed.formula,
    difference: comparison.difference,
    tolerance: status === "rounding" ? { computed: width(computed), disclosed: width(disclosed) } : undefined,
    explanation: discrepancy,
    warnings: declared && comparison.status !== "inconsistent" ? [stale(id, comparison.status)] : [],
  };
  const failure =
    status === "inconsistent"
      ? new RecountError(failureMessage(result, comparison, between), {
          location: { file, line },
          hint: failureHint(result),
        })
      : undefined;
  ledger.record(result, failure, { between, parts });
  return result;
}

function validate(id: string, kind: CheckKind, options: CheckOptions | undefined): CheckOptions {
  if (typeof id !== "string" || !id.trim()) {
    throw new RecountError(`a check needs an id, got ${JSON.stringify(id)}`, {
      hint: `name it in a few words: check("provisions.net.h1-2023", …)`,
    });
  }
  if (typeof options?.label !== "string" || !options.label.trim()) {
    throw new RecountError(`check "${id}" has no label`, {
      hint: `say what it shows: { label: "Net provisions are new provisions plus revisions" }`,
    });
  }
  if (options.discrepancy !== undefined && !options.discrepancy.trim()) {
    throw new RecountError(`check "${id}" declares a discrepancy without saying why`, {
      hint: `explain it: { discrepancy: "the filing rounds each row separately" }`,
    });
  }
  if (
    options.stated !== undefined &&
    (kind !== "direction" || typeof options.stated !== "string" || !options.stated.trim())
  ) {
    throw new RecountError(
      kind === "direction"
        ? `check "${id}" says the filing states its direction, but names no passage`
        : `check "${id}" names a passage that states it, but only a direction is stated that way`,
      {
        hint:
          kind === "direction"
            ? `quote the words of the source that state it: { label, stated: "decreased from" }, or leave stated out to label the direction Recount's reading`
            : "remove stated: the disclosed side of this check is a fact, read at its own quote",
      },
    );
  }
  return options;
}

/**
 * What each side of a check is. The disclosed side of a comparison must be a fact the filing prints: a
 * computed figure there would be published as disclosed. Two computed figures are compared only when the
 * check says so (`bothComputed`), and then both sides read "computed".
 */
function sidesOf(
  kind: CheckKind,
  computed: Quantity,
  disclosed: Quantity,
  id: string,
  options: CheckOptions,
  at: Location,
): { computed: Side; disclosed: Side } {
  const computedSide: Side = isFact(computed) ? "disclosed" : "computed";
  if (kind === "direction") return { computed: computedSide, disclosed: options.stated ? "stated" : "inferred" };
  if (isFact(disclosed)) {
    if (options.bothComputed) {
      throw new RecountError(
        `check "${id}" says both sides are computed, but its disclosed side is fact "${disclosed.id}"`,
        {
          location: at,
          hint: "remove bothComputed: the disclosed side is a fact the filing prints",
        },
      );
    }
    return { computed: computedSide, disclosed: "disclosed" };
  }
  if (!options.bothComputed) {
    throw new RecountError(`check "${id}" puts a computed figure on the disclosed side: ${disclosed.formula}`, {
      location: at,
      hint: 'the disclosed side is a fact the filing prints, fact("id"); to compare two computed figures, say so: { label, bothComputed: true }, and name the checks it follows from, if any: derivedFrom: ["check-id"]',
    });
  }
  return { computed: computedSide, disclosed: "computed" };
}

/**
 * Both sides are facts printed in one passage of one filing (a line of its source: a paragraph, or a table
 * row), such as "30%" and "the entire 30%", or a direction's two ends ("decreased from RMB10.5 billion … to
 * RMB 8.4 billion"): the check reads the passage for consistency.
 */
function samePassage(a: Quantity, b: Quantity): boolean {
  return isFact(a) && isFact(b) && a.filing === b.filing && a.quoteSpan.line === b.quoteSpan.line;
}

function width({ lo, hi }: Quantity): Decimal {
  return hi.minus(lo);
}

function stale(id: string, status: "exact" | "rounding"): string {
  const agree = status === "exact" ? "exactly" : "within rounding";
  return `check "${id}" declares a discrepancy, but the figures agree ${agree}: remove the declaration, or say why it is still expected`;
}
