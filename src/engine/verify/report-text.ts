import {
  readingNote,
  statedText,
  tally,
  tallyText,
  type CheckResult,
  type CheckStatus,
  type LedgerWarning,
} from "#engine/checks/index.ts";
import { formatInterval } from "#engine/quantity/format.ts";
import type { Report } from "./verify.ts";
import { formatErrors } from "./verify.ts";

const marks: Record<CheckStatus, string> = {
  exact: "✓ exact    ",
  rounding: "≈ rounding ",
  "expected-discrepancy": "! declared ",
  inconsistent: "✗ FAILED   ",
};

/** One line a check: status, id, label, where, and the two intervals compared. */
function checkLine(result: CheckResult): string {
  return `  ${marks[result.status]} ${result.id} — ${result.label} (${result.file}:${result.line}): ${formatInterval(result.computed)} vs ${statedText(result)}${readingNote(result) ? ` (${readingNote(result)})` : ""}`;
}

/** The report as an editor reads it in a terminal: coverage, one line per check, then failures in full. */
export function reportText(report: Report): string {
  const lines: string[] = [];
  for (const { filing, facts, coverage } of report.facts) {
    if (!coverage) continue;
    const accounted = coverage.registered + coverage.ignored.length;
    lines.push(
      `${filing}: ${facts.size} facts; ${accounted} of ${coverage.found} numbers in the source accounted for (${coverage.registered} facts, ${coverage.ignored.length} ignored)`,
    );
  }
  const results = report.ledger.results();
  if (results.length)
    lines.push("", `${results.length} checks: ${tallyText(tally(results))}`, ...results.map(checkLine));
  for (const warning of report.ledger.warnings()) lines.push(`warning: ${warningText(warning)}`);
  lines.push("", report.errors.length ? formatErrors(report) : reportSummary(report));
  return lines.join("\n");
}

/** The report in one line: what passed, or how many problems there are. */
export function reportSummary(report: Report): string {
  const count = report.errors.length;
  if (count) return `${count} problem${count === 1 ? "" : "s"} found in the content`;
  return `All verified: ${report.filings.length} filing${report.filings.length === 1 ? "" : "s"}, ${report.ledger.results().length} checks.`;
}

/** A ledger warning as an editor reads it: where, which check, what. */
export function warningText({ file, line, id, message }: LedgerWarning): string {
  return `${file}:${line} ${id}: ${message}`;
}
