import {
  readingNote,
  statedText,
  tally,
  tallyText,
  type CheckResult,
  outcome,
  type Outcome,
  type LedgerWarning,
} from "#engine/checks/index.ts";
import { formatInterval } from "#engine/quantity/format.ts";
import type { Report } from "./verify.ts";
import { formatErrors } from "./verify.ts";

const marks: Record<Outcome, string> = {
  exact: "✓ exact    ",
  holds: "✓ holds    ",
  rounding: "≈ rounding ",
  "expected-discrepancy": "! declared ",
  inconsistent: "✗ FAILED   ",
};

/** One line a check: status, id, label, where, and the two intervals compared. */
function checkLine(result: CheckResult): string {
  return `  ${marks[outcome(result)]} ${result.id} — ${result.label} (${result.file}:${result.line}): ${formatInterval(result.computed)} vs ${statedText(result)}${readingNote(result) ? ` (${readingNote(result)})` : ""}`;
}

/**
 * The report as an editor reads it in a terminal: every problem in full first, then the warnings, and
 * what passed in one line. `verbose` adds each filing's coverage and one line per check before that line.
 */
export function reportText(report: Report, { verbose = false }: { verbose?: boolean } = {}): string {
  const lines: string[] = report.errors.length ? [formatErrors(report), ""] : [];
  const results = report.ledger.results();
  const passed = results.filter(({ status }) => status !== "inconsistent");
  if (verbose) {
    for (const { filing, facts, coverage } of report.facts) {
      if (!coverage) continue;
      const accounted = coverage.registered + coverage.ignored.length;
      lines.push(
        `${filing}: ${facts.size} facts; ${accounted} of ${coverage.found} numbers in the source accounted for (${coverage.registered} facts, ${coverage.ignored.length} ignored)`,
      );
    }
    if (results.length)
      lines.push("", `${results.length} checks: ${tallyText(tally(results))}`, ...results.map(checkLine), "");
  }
  for (const warning of report.ledger.warnings()) lines.push(`warning: ${warningText(warning)}`);
  const facts = report.facts.reduce((sum, { facts }) => sum + facts.size, 0);
  lines.push(
    `${passedMark}${plural(passed.length, "check")} (${tallyText(tally(passed))}) over ${plural(facts, "fact")} of ${plural(report.facts.length, "filing")}${verbose ? "" : "; `npm run check -- --verbose` lists each"}`,
  );
  if (!report.errors.length) lines.push(reportSummary(report));
  return lines.join("\n");
}

/** What starts the line that sums up what passed, after the problems. */
export const passedMark = "Passed: ";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

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
