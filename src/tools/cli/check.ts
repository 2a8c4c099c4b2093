#!/usr/bin/env node
// `npm run check [-- --verbose] [-- --json] [-- --shard i/n] [-- --no-cache]`: verifies every filing without
// building the site — the same verification the build runs before writing any page, on a worker thread
// within the same memory limit. Prints every problem first, then what passed in one line (`--verbose`: every
// check). Exits non-zero on any problem. With `--json` the script writes the report as JSON to stdout and
// nothing else; npm itself prints its banner there first unless silenced: `npm run -s check -- --json`.
// `--shard i/n` verifies the i-th of n parts of the filings (see verify/shard.ts), for CI machines that share
// the work; `--no-cache` runs every page afresh, as `RECOUNT_CACHE=off` does (see verify/page-cache.ts).
import { parseArgs } from "node:util";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { runLimited } from "#engine/verify/limited-worker.ts";
import { cacheEnabled } from "#engine/cache/caches.ts";
import { parseShard } from "#engine/verify/shard.ts";
import type { CheckOutcome } from "./check-worker.ts";

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    shard: { type: "string" },
    "no-cache": { type: "boolean", default: false },
  },
});
const { json } = values;
const root = process.cwd();
try {
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const cache = !values["no-cache"] && cacheEnabled();
  const { output, code } = await runLimited<CheckOutcome>(new URL("./check-worker.ts", import.meta.url), root, {
    data: { json, verbose: values.verbose, shard, cache },
    overLimit: (problems) => ({
      output: json ? JSON.stringify({ errors: [{ message: problems, file: null, line: null, hint: null }] }) : problems,
      code: 1,
    }),
  });
  process.stdout.write(`${output}\n`);
  process.exitCode = code;
} catch (error) {
  if (!(error instanceof RecountError)) throw error;
  process.stderr.write(`${error.format()}\n`);
  process.exitCode = 2;
}
