// Started by check.ts as a worker thread (see verify/limited-worker.ts): verifies the content of
// `workerData.root` (one shard of it, with the cache or without, as check.ts was asked), saying where it is,
// and posts what to print and the exit code.
import { parentPort, workerData } from "node:worker_threads";
import type { LimitedMessage } from "#engine/verify/limited-worker.ts";
import { reportJson } from "#engine/verify/report-json.ts";
import { reportText } from "#engine/verify/report-text.ts";
import { verify } from "#engine/verify/verify.ts";

export interface CheckOutcome {
  readonly output: string;
  readonly code: number;
}

const post = (message: LimitedMessage<CheckOutcome>) => parentPort!.postMessage(message);
const { root, json, verbose, shard, cache } = workerData;
const report = await verify(root, { onCell: (running) => post({ running }), shard, cache });
const output = json ? JSON.stringify(reportJson(report), null, 2) : reportText(report, { verbose });
post({ result: { output, code: report.errors.length ? 1 : 0 } });
