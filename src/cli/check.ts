#!/usr/bin/env node
// `npm run check [-- --json]`: verifies every filing without building the site — the same verification
// the build runs before writing any page.
import { parseArgs } from "node:util";
import { formatErrors, verify } from "../verify/verify.ts";

const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
const report = await verify();

if (values.json) {
  process.stdout.write(`${JSON.stringify({ filings: report.filings.map((filing) => filing.id), errors: report.errors.map((error) => error.format()) }, null, 2)}\n`);
} else if (report.errors.length) {
  process.stderr.write(`${formatErrors(report)}\n`);
} else {
  process.stdout.write(`${report.filings.length} filing${report.filings.length === 1 ? "" : "s"} verified.\n`);
}
process.exitCode = report.errors.length ? 1 : 0;
