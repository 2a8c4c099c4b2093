#!/usr/bin/env node
// `npm run check [-- --verbose] [-- --json]`: verifies every filing without building the site — the same
// verification the build runs before writing any page, on a worker thread within the same memory limit.
// Prints every problem first, then what passed in one line (`--verbose`: every check). Exits non-zero on
// any problem. With `--json` the script writes the report as JSON to stdout and nothing else; npm itself
// prints its banner there first unless silenced: `npm run -s check -- --json`.
import { parseArgs } from "node:util";
import { runLimited } from "#engine/verify/limited-worker.ts";
import type { CheckOutcome } from "./check-worker.ts";

const { values } = parseArgs({
  options: { json: { type: "boolean", default: false }, verbose: { type: "boolean", default: false } },
});
const { json } = values;
const root = process.cwd();
const { output, code } = await runLimited<CheckOutcome>(new URL("./check-worker.ts", import.meta.url), root, {
  data: { json, verbose: values.verbose },
  overLimit: (problems) => ({
    output: json ? JSON.stringify({ errors: [{ message: problems, file: null, line: null, hint: null }] }) : problems,
    code: 1,
  }),
});
process.stdout.write(`${output}\n`);
process.exitCode = code;
