import { parentPort, workerData } from "node:worker_threads";
import type { LedgerWarning } from "../checks/index.ts";
import { packReport, type TransferredReport } from "../verify/transfer.ts";
import { formatErrors, verify } from "../verify/verify.ts";

/** What the build gate's worker answers: the report to render from, or the problems an editor must fix. */
export type GateVerdict = { readonly warnings: readonly LedgerWarning[] } & (
  | { readonly passed: true; readonly transferred: TransferredReport }
  | { readonly passed: false; readonly problems: string }
);

// Started by gate.ts as a worker thread: verifies the content of `workerData.root` and posts one verdict.
const report = await verify(workerData.root);
const warnings = report.ledger.warnings();
const verdict: GateVerdict = report.errors.length ? { passed: false, problems: formatErrors(report), warnings } : { passed: true, transferred: packReport(report), warnings };
parentPort!.postMessage(verdict);
