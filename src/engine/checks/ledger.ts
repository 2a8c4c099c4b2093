import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { impliedDirections, key, type Operands, type Recorded } from "./implied.ts";
import { outcome, resultToJSON } from "./result.ts";
import type { CheckResult, CheckResultJSON, CheckStatus, Outcome } from "./result.ts";
import { handedOver } from "#engine/state/state.ts";

export interface LedgerWarning {
  readonly id: string;
  readonly filing: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** What a ledger recorded after a mark: one page's checks, as recorded, and the failures among them. */
export interface LedgerShare {
  readonly recorded: readonly Recorded[];
  readonly failures: readonly RecountError[];
}

export interface LedgerMark {
  readonly results: number;
  readonly failures: number;
}

export interface LedgerJSON {
  readonly checks: readonly CheckResultJSON[];
  readonly counts: Readonly<Record<CheckStatus, number>>;
  /** Independent checks by outcome, and derived checks and consistency readings apart. */
  readonly tally: CheckTally;
  readonly warnings: readonly LedgerWarning[];
}

// Handed over, as charts admitted are (charts/admit.ts): the build's copies of one module share it.
const recordedChecks = handedOver("the checks recorded", () => new WeakSet<object>());

/**
 * A result as one a ledger recorded: only a ledger, its settled copies, and the build's transfer of a ledger's
 * results between threads (verify/transfer.ts) make one.
 */
export function asRecordedCheck<T extends CheckResult>(result: T): T {
  recordedChecks.get().add(result);
  return result;
}

/** Whether a value is a check result a ledger recorded: the only thing shown as a check, whatever its shape. */
export function isRecordedCheck(value: unknown): value is CheckResult {
  return typeof value === "object" && value !== null && recordedChecks.get().has(value);
}

/**
 * Every check a run makes, in order, with the failures among them. By default it collects failures so a
 * run reports them all and its caller decides to fail; `onFailure: "throw"` stops at the first.
 */
export class Ledger {
  readonly #results = new Map<string, Recorded>();
  /** The same, in the order recorded: `since` takes a page's share without copying all the pages'. */
  readonly #inOrder: Recorded[] = [];
  #settled: readonly CheckResult[] | undefined;
  readonly #failures: RecountError[] = [];
  readonly #onFailure: "collect" | "throw";

  constructor({ onFailure = "collect" }: { onFailure?: "collect" | "throw" } = {}) {
    this.#onFailure = onFailure;
  }

  /**
   * Keeps a result, and its failure if it failed, with the operands that tell which checks it implies or
   * is implied by; throws if its id is already taken in its filing.
   */
  record(result: CheckResult, failure?: RecountError, operands: Operands = {}): void {
    const taken = this.#results.get(key(result))?.result;
    if (taken) {
      throw new RecountError(
        `check id "${result.id}" is used twice in filing ${result.filing}: first at ${taken.file}:${taken.line}`,
        {
          location: { file: result.file, line: result.line },
          hint: "give each check its own id; the ledger, the site and failure messages name checks by it",
        },
      );
    }
    const recorded = { result, operands };
    this.#results.set(key(result), recorded);
    this.#inOrder.push(recorded);
    this.#settled = undefined;
    asRecordedCheck(result);
    if (!failure) return;
    this.#failures.push(failure);
    if (this.#onFailure === "throw") throw failure;
  }

  /** Whether a check of this id was recorded already in the filing. */
  has(filing: string, id: string): boolean {
    return this.#results.has(`${filing}/${id}`);
  }

  /**
   * Every result, in order, with the directions a passing sum of the same page implies marked derived
   * from it (implied.ts): their verdict adds nothing that sum has not shown.
   */
  results(): readonly CheckResult[] {
    if (this.#settled) return [...this.#settled];
    const recorded = this.#inOrder;
    const implied = impliedDirections(recorded);
    this.#settled = recorded.map(({ result }) => {
      const by = implied.get(key(result));
      return by && result.reading === "independent"
        ? asRecordedCheck({ ...result, reading: "derived", derivedFrom: by })
        : result;
    });
    return [...this.#settled];
  }

  /** How many checks and failures it holds now: a mark for `since`. */
  mark(): LedgerMark {
    return { results: this.#results.size, failures: this.#failures.length };
  }

  /**
   * What was recorded after a mark was taken, as it was recorded (operands included, nothing settled yet):
   * one page's share when pages run one after another, which `record` takes back as a run would record it.
   */
  since(mark: LedgerMark): LedgerShare {
    return {
      recorded: this.#inOrder.slice(mark.results),
      failures: this.#failures.slice(mark.failures),
    };
  }

  /**
   * Records another ledger's share (`since`) as it was recorded there, failures included: a page verified
   * in a lane of its own (verify/lanes.ts) joins the report in page order.
   */
  take({ recorded, failures }: LedgerShare): void {
    for (const { result, operands } of recorded) this.record(result, undefined, operands);
    this.#failures.push(...failures);
  }

  /** The inconsistent checks' errors, in the order they were made. */
  failures(): readonly RecountError[] {
    return [...this.#failures];
  }

  /** Warnings of all results, such as a declared discrepancy that is no longer one. */
  warnings(): readonly LedgerWarning[] {
    return this.results().flatMap(({ id, filing, file, line, warnings }) =>
      warnings.map((message) => ({ id, filing, file, line, message })),
    );
  }

  toJSON(): LedgerJSON {
    const results = this.results();
    const counts = { exact: 0, rounding: 0, inconsistent: 0, "expected-discrepancy": 0 };
    for (const { status } of results) counts[status]++;
    return { checks: results.map(resultToJSON), counts, tally: tally(results), warnings: this.warnings() };
  }
}

/**
 * How many checks a set of results holds, as readers are told: independent checks, by outcome, and
 * apart from them the derived checks (which follow from others) and consistency readings (two numbers of
 * one sentence), which add no evidence of their own. The claims table, the filing page, the ledger and
 * the home page all count with this.
 */
export interface CheckTally {
  readonly independent: number;
  /** By what a reader is told, so a direction or bound that passes outright counts as "holds", not "exact". */
  readonly byOutcome: Readonly<Record<Outcome, number>>;
  readonly derived: number;
  readonly consistency: number;
}

export function tally(results: readonly CheckResult[]): CheckTally {
  const counted = independent(results);
  const byOutcome = { exact: 0, holds: 0, rounding: 0, inconsistent: 0, "expected-discrepancy": 0 };
  for (const result of counted) byOutcome[outcome(result)]++;
  const reading = (kind: CheckResult["reading"]) => results.filter((result) => result.reading === kind).length;
  return { independent: counted.length, byOutcome, derived: reading("derived"), consistency: reading("consistency") };
}

/** The checks that count as evidence: neither derived from others nor a consistency reading. */
export function independent(results: readonly CheckResult[]): CheckResult[] {
  return results.filter((result) => result.reading !== "derived" && result.reading !== "consistency");
}

/** A tally in words: "16 independent checks (9 exact, 7 within rounding); also 4 derived checks and 1 consistency reading". */
export function tallyText({ independent, byOutcome, derived, consistency }: CheckTally): string {
  const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
  const outcomes = [
    [byOutcome.exact, "exact"],
    [byOutcome.holds, "holds"],
    [byOutcome.rounding, "within rounding"],
    [byOutcome["expected-discrepancy"], "declared discrepancies"],
  ]
    .filter(([n]) => n)
    .map(([n, word]) => `${n} ${word}`);
  const apart = [
    derived ? plural(derived, "derived check") : "",
    consistency ? plural(consistency, "consistency reading") : "",
  ].filter(Boolean);
  return `${independent ? plural(independent, "independent check") : "no independent check"}${outcomes.length ? ` (${outcomes.join(", ")})` : ""}${apart.length ? `; also ${apart.join(" and ")}, not counted` : ""}`;
}
