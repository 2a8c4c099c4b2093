#!/usr/bin/env node
// `npm run check [-- --json]`: verifies every filing without building the site — the same verification
// the build runs before writing any page, on a worker thread within the same memory limit. Exits non-zero
// on any problem.
import { parseArgs } from "node:util";
import { problemsText, RecountError } from "../diagnostics/recount-error.ts";
import { runLimited } from "../verify/limited-worker.ts";
import type { CheckOutcome } from "./check-worker.ts";

const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
const root = process.cwd();
const { output, code } = await runLimited<CheckOutcome>(new URL("./check-worker.ts", import.meta.url), root, {
  json: values.json,
}).catch((error: unknown) => {
  // A page over its memory limit ends the worker: its error is the report.
  if (!(error instanceof RecountError)) throw error;
  return { output: problemsText([error]), code: 1 };
});
process.stdout.write(`${output}\n`);
process.exitCode = code;
