import { factsReport } from "#engine/facts/json.ts";
import type { Report } from "./verify.ts";

/** The report as `npm run check -- --json` prints it and the site publishes it (data/ledger.json). */
export function reportJson(report: Report) {
  const { checks, counts, tally, warnings } = report.ledger.toJSON();
  return {
    // Where each filing's original is, so a check against another filing links both documents.
    filings: report.filings.map(({ id, metadata: { form, filed, source, excerpt } }) => ({
      id,
      form,
      filed: filed ?? null,
      source: source ?? null,
      excerpt: excerpt?.of ?? null,
    })),
    ...factsReport(report.facts),
    checks,
    counts,
    tally,
    warnings,
    errors: report.errors.map((error) => ({
      message: error.message,
      file: error.location?.file ?? null,
      line: error.location?.line ?? null,
      hint: error.hint ?? null,
    })),
  };
}
