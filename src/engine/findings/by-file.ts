import type { CheckResult } from "#engine/checks/index.ts";
import type { Report, VerifiedNotebook } from "#engine/verify/verify.ts";

/**
 * A report's checks and cells grouped by notebook page, and its checks by the facts they use. Every page of
 * a build reads the one report, and each asks for its own page's checks and its filing's sections': scanning
 * all the site's checks for each made a build grow with the square of its pages (a 2,000-page site scanned
 * its 10,000 checks some 200,000 times). Made once per report, so a page pays for its own checks only.
 */
export interface ReportByFile {
  /** The checks of the notebook page `file`, in page order. */
  checks(file: string): readonly CheckResult[];
  /** The cells of the notebook page `file`. */
  cells(file: string): readonly VerifiedNotebook["cells"][number][];
  /** Qualified ids (`filing/fact.id`) of every fact any check uses. */
  readonly checkedFacts: ReadonlySet<string>;
  /** The checks that use the fact `filing/fact.id`. */
  checksOf(fact: string): readonly CheckResult[];
}

const made = new WeakMap<Report, ReportByFile>();

/** The report grouped by page, made on first use and kept while the report is. */
export function byFile(report: Report): ReportByFile {
  let index = made.get(report);
  if (!index) {
    const results = report.ledger.results();
    const checks = Map.groupBy(results, (check) => check.file);
    const cells = Map.groupBy(
      report.notebooks.flatMap((notebook) => notebook.cells.map((cell) => ({ file: notebook.file, cell }))),
      ({ file }) => file,
    );
    const ofFact = Map.groupBy(
      results.flatMap((check) => check.facts.map((fact) => ({ fact, check }))),
      ({ fact }) => fact,
    );
    index = {
      checks: (file) => checks.get(file) ?? [],
      cells: (file) => cells.get(file)?.map(({ cell }) => cell) ?? [],
      checkedFacts: new Set(ofFact.keys()),
      checksOf: (fact) => ofFact.get(fact)?.map(({ check }) => check) ?? [],
    };
    made.set(report, index);
  }
  return index;
}
