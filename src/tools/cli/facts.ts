#!/usr/bin/env node
// `npm run facts -- <filing-id>`: a filing's facts as cells name them, one a line: id, period, the number
// as printed and the label, for writing cells and checks against another filing (`fact("<filing>/<id>")`).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { loadFacts } from "#engine/facts/load.ts";
import type { Fact } from "#engine/facts/fact.ts";

const filings = join(process.cwd(), "content/filings");
const usage = "usage: npm run facts -- <filing-id>";

/** The facts as aligned columns under a heading line. */
function factsTable(filing: string, facts: readonly Fact[]): string {
  const rows = [["id", "period", "printed", "label"], ...facts.map((f) => [f.id, f.period.label, f.printed, f.label])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join("  ");
  return [`${filing}: ${facts.length} fact${facts.length === 1 ? "" : "s"}`, ...rows.map(line)].join("\n");
}

try {
  const { positionals } = parseArgs({ allowPositionals: true });
  const known = existsSync(filings)
    ? readdirSync(filings, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map(({ name }) => name)
    : [];
  const [filing] = positionals;
  if (positionals.length !== 1 || !known.includes(filing!))
    throw new RecountError(filing ? `no filing "${filing}" in content/filings` : "give the id of one filing", {
      hint: `${usage}; the filings: ${known.join(", ") || "none"}`,
    });
  const { facts, errors } = loadFacts(join(filings, filing!));
  process.stdout.write(`${factsTable(filing!, [...facts.values()])}\n`);
  if (errors.length)
    process.stderr.write(
      `\n${errors.length} problem${errors.length === 1 ? "" : "s"} in its facts (\`npm run check\` shows them): only the facts read without one are listed\n`,
    );
} catch (error) {
  if (!(error instanceof RecountError)) throw error;
  process.stderr.write(`${error.format()}\n`);
  process.exitCode = 1;
}
