#!/usr/bin/env node
// `npm run check [-- --json]`: verifies every filing without building the site — the same verification
// the build runs before writing any page. Exits non-zero on any problem.
import { parseArgs } from "node:util";
import { reportJson } from "../verify/report-json.ts";
import { reportText } from "../verify/report-text.ts";
import { verify } from "../verify/verify.ts";

const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
const report = await verify();
process.stdout.write(`${values.json ? JSON.stringify(reportJson(report), null, 2) : reportText(report)}\n`);
process.exitCode = report.errors.length ? 1 : 0;
