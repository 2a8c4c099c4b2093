import { parentPort, workerData } from "node:worker_threads";
import type { LedgerWarning } from "#engine/checks/index.ts";
import type { LimitedMessage } from "#engine/verify/limited-worker.ts";
import { formatErrors, verify } from "#engine/verify/verify.ts";
import { packReport, type TransferredReport } from "#engine/verify/transfer.ts";

/** What the build gate's worker answers: the report to render from, or the problems an editor must fix. */
export type GateVerdict = { readonly warnings: readonly LedgerWarning[] } & (
  | { readonly passed: true; readonly transferred: TransferredReport }
  | { readonly passed: false; readonly problems: string }
);

// Started by gate.ts as a worker thread (see verify/limited-worker.ts): verifies the content of
// `workerData.root` (with the page cache or without, as `workerData.cache` says), saying where it is, and posts one verdict.
const post = (message: LimitedMessage<GateVerdict>) => parentPort!.postMessage(message);
const report = await verify(workerData.root, { onCell: (running) => post({ running }), cache: workerData.cache });
const warnings = report.ledger.warnings();
post({
  result: report.errors.length
    ? { passed: false, problems: formatErrors(report), warnings }
    : { passed: true, transferred: packReport(report), warnings },
});
