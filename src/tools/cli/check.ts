#!/usr/bin/env node
// `npm run check [-- --json]`: verifies every filing without building the site — the same verification
// the build runs before writing any page, on a worker thread within the same memory limit. Exits non-zero
// on any problem.
import { parseArgs } from "node:util";
import { runLimited } from "#engine/verify/limited-worker.ts";
import type { CheckOutcome } from "./check-worker.ts";

const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
const root = process.cwd();
const { output, code } = await runLimited<CheckOutcome>(new URL("./check-worker.ts", import.meta.url), root, {
  data: { json: values.json },
  overLimit: (problems) => ({ output: problems, code: 1 }),
});
process.stdout.write(`${output}\n`);
process.exitCode = code;
