import type Decimal from "decimal.js";
import { formatInterval } from "#engine/quantity/format.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import type { Unit } from "#engine/quantity/unit.ts";
import type { CheckKind } from "#engine/cell-names/cell-names.ts";

export type { CheckKind };

/** exact and rounding pass; inconsistent fails; expected-discrepancy is a declared, explained failure. */
export type CheckStatus = "exact" | "rounding" | "inconsistent" | "expected-discrepancy";

/**
 * What a reader is told a check found. A direction or a bound that passes outright "holds": nothing printed
 * is compared with a rounded counterpart there, so "exact" would claim a match that was never made.
 */
export type Outcome = CheckStatus | "holds";

export function outcome({ kind, status }: Pick<CheckResult, "kind" | "status">): Outcome {
  return status === "exact" && (kind === "direction" || kind === "holds") ? "holds" : status;
}

/**
 * What a side of a check is: a fact the filing prints ("disclosed"), a figure the notebook computed, or,
 * for a direction, the way a figure moved: "stated" when a passage of the filing says so (the check names
 * it, and it is verified against the source like a quotation), "inferred" when it is Recount's reading.
 */
export type Side = "disclosed" | "computed" | "stated" | "inferred";

/** One check as the ledger keeps it. */
export interface CheckResult {
  readonly id: string;
  readonly filing: string;
  readonly label: string;
  readonly kind: CheckKind;
  readonly status: CheckStatus;
  /** What the notebook computed; for a direction, the change from → to. */
  readonly computed: Quantity;
  /** What the filing says; for a direction, the stated change: above zero or below it. */
  readonly disclosed: Quantity;
  /** What each side is: the labels the page, the ledger and ledger.json give them. */
  readonly sides: { readonly computed: Side; readonly disclosed: Side };
  /** Whether either side is approximate: a figure printed "approximately", or computed from one. */
  readonly approximate: boolean;
  /** For a stated direction: the passage of the filing that states it, as the check quotes it. */
  readonly passage: string | undefined;
  /**
   * The checks this one follows from: named by its cell, or found by the ledger (a direction that a passing
   * sum implies, see implied.ts). A derived check is counted apart from independent ones.
   */
  readonly derivedFrom: readonly string[];
  /**
   * "consistency": both sides are numbers of one passage (30 % and "the entire 30 %"), so the check reads
   * the sentence for consistency and adds no evidence of its own; counted apart. "independent" otherwise.
   */
  readonly reading: "independent" | "derived" | "consistency";
  readonly unit: Unit;
  /** Qualified ids of the facts used, on both sides. */
  readonly facts: readonly string[];
  /** Where the check is made. */
  readonly file: string;
  readonly line: number;
  readonly formula: string;
  /** computed − disclosed, nominal values. */
  readonly difference: Decimal;
  /** The intervals' widths the check allowed for, when it passed only within rounding. */
  readonly tolerance: { readonly computed: Decimal; readonly disclosed: Decimal } | undefined;
  /** Why a declared discrepancy is expected. */
  readonly explanation: string | undefined;
  readonly warnings: readonly string[];
}

/** The filings other than its own whose facts a check uses: a check against another filing when not empty. */
export function otherFilings(result: Pick<CheckResult, "filing" | "facts">): string[] {
  return [...new Set(result.facts.map((ref) => ref.slice(0, ref.indexOf("/"))))].filter(
    (filing) => filing !== result.filing,
  );
}

export interface IntervalJSON {
  readonly value: string;
  readonly lo: string;
  readonly hi: string;
  /** As the site prints it: "RMB 2,636–2,638 million", "about RMB 3.55–3.65 billion". */
  readonly printed: string;
  readonly approximate: boolean;
  /** The facts this side comes from. */
  readonly facts: readonly string[];
}

/** A check result as JSON: numbers as decimal strings in base units, so nothing is lost to floats. */
export interface CheckResultJSON extends Omit<
  CheckResult,
  "computed" | "disclosed" | "difference" | "tolerance" | "explanation" | "passage"
> {
  readonly passage: string | null;
  /** The other filings whose facts the check uses: a check against another filing when not empty. */
  readonly against: readonly string[];
  readonly computed: IntervalJSON;
  readonly disclosed: IntervalJSON;
  readonly difference: string;
  readonly tolerance: { readonly computed: string; readonly disclosed: string } | null;
  readonly explanation: string | null;
}

export function resultToJSON({
  computed,
  disclosed,
  difference,
  tolerance,
  explanation,
  passage,
  ...result
}: CheckResult): CheckResultJSON {
  return {
    ...result,
    passage: passage ?? null,
    against: otherFilings(result),
    computed: intervalToJSON(computed),
    disclosed: intervalToJSON(disclosed),
    difference: difference.toFixed(),
    tolerance: tolerance ? { computed: tolerance.computed.toFixed(), disclosed: tolerance.disclosed.toFixed() } : null,
    explanation: explanation ?? null,
  };
}

function intervalToJSON(quantity: Quantity): IntervalJSON {
  const { value, lo, hi } = quantity;
  return {
    value: value.toFixed(),
    lo: lo.toFixed(),
    hi: hi.toFixed(),
    printed: formatInterval(quantity),
    approximate: quantity.approximate === true,
    facts: quantity.facts,
  };
}
