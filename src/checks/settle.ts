import type Decimal from "decimal.js";
import { RecountError } from "../diagnostics/recount-error.ts";
import type { Location } from "../diagnostics/recount-error.ts";
import type { Quantity } from "../quantity/quantity.ts";
import type { Comparison } from "./compare.ts";
import type { Ledger } from "./ledger.ts";
import { failureHint, failureMessage } from "./message.ts";
import type { CheckKind, CheckResult } from "./result.ts";

export interface CheckOptions {
  /** What the check shows, in words: "Net provisions are new provisions plus revisions (H1 2023)". */
  readonly label: string;
  /** Declares the check expected to fail, and why: it then passes as an expected discrepancy. */
  readonly discrepancy?: string;
}

export interface Settling {
  readonly kind: CheckKind;
  readonly id: string;
  readonly options: CheckOptions;
  readonly computed: Quantity;
  readonly disclosed: Quantity;
  readonly comparison: Comparison;
  /** For a direction: the two quantities it is stated between, for the failure message. */
  readonly between?: { readonly from: Quantity; readonly to: Quantity };
}

/**
 * Records a comparison in the ledger as a check of `filing` made at `location`, and returns the result.
 * A declared discrepancy turns a failure into an expected one; declared where the figures agree, it
 * is stale, and says so in a warning.
 */
export function settle(
  { ledger, filing, location }: { ledger: Ledger; filing: string; location: () => Location },
  { kind, id, options, computed, disclosed, comparison, between }: Settling,
): CheckResult {
  const { label, discrepancy } = validate(id, options);
  const { file, line } = location();
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
    status === "inconsistent" ? new RecountError(failureMessage(result, comparison, between), { location: { file, line }, hint: failureHint(result) }) : undefined;
  ledger.record(result, failure);
  return result;
}

function validate(id: string, options: CheckOptions | undefined): CheckOptions {
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
  return options;
}

function width({ lo, hi }: Quantity): Decimal {
  return hi.minus(lo);
}

function stale(id: string, status: "exact" | "rounding"): string {
  const agree = status === "exact" ? "exactly" : "within rounding";
  return `check "${id}" declares a discrepancy, but the figures agree ${agree}: remove the declaration, or say why it is still expected`;
}
