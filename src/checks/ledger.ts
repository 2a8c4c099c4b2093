import { RecountError } from "../diagnostics/recount-error.ts";
import { resultToJSON } from "./result.ts";
import type { CheckResult, CheckResultJSON, CheckStatus } from "./result.ts";

export interface LedgerWarning {
  readonly id: string;
  readonly filing: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface LedgerJSON {
  readonly checks: readonly CheckResultJSON[];
  readonly counts: Readonly<Record<CheckStatus, number>>;
  readonly warnings: readonly LedgerWarning[];
}

/**
 * Every check a run makes, in order, with the failures among them. By default it collects failures so a
 * run reports them all and its caller decides to fail; `onFailure: "throw"` stops at the first.
 */
export class Ledger {
  readonly #results = new Map<string, CheckResult>();
  readonly #failures: RecountError[] = [];
  readonly #onFailure: "collect" | "throw";

  constructor({ onFailure = "collect" }: { onFailure?: "collect" | "throw" } = {}) {
    this.#onFailure = onFailure;
  }

  /** Keeps a result, and its failure if it failed; throws if its id is already taken in its filing. */
  record(result: CheckResult, failure?: RecountError): void {
    const key = `${result.filing}/${result.id}`;
    const taken = this.#results.get(key);
    if (taken) {
      throw new RecountError(`check id "${result.id}" is used twice in filing ${result.filing}: first at ${taken.file}:${taken.line}`, {
        location: { file: result.file, line: result.line },
        hint: "give each check its own id; the ledger, the site and failure messages name checks by it",
      });
    }
    this.#results.set(key, result);
    if (!failure) return;
    this.#failures.push(failure);
    if (this.#onFailure === "throw") throw failure;
  }

  results(): readonly CheckResult[] {
    return [...this.#results.values()];
  }

  /** The inconsistent checks' errors, in the order they were made. */
  failures(): readonly RecountError[] {
    return [...this.#failures];
  }

  /** Warnings of all results, such as a declared discrepancy that is no longer one. */
  warnings(): readonly LedgerWarning[] {
    return this.results().flatMap(({ id, filing, file, line, warnings }) => warnings.map((message) => ({ id, filing, file, line, message })));
  }

  toJSON(): LedgerJSON {
    const results = this.results();
    const counts = { exact: 0, rounding: 0, inconsistent: 0, "expected-discrepancy": 0 };
    for (const { status } of results) counts[status]++;
    return { checks: results.map(resultToJSON), counts, warnings: this.warnings() };
  }
}
