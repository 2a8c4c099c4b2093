import type { CollectionEntry } from "astro:content";
import { siteReport } from "#build/gate/report.ts";
import { claimCounts, type ClaimCounts } from "#engine/findings/findings.ts";
import type { Report } from "#engine/verify/verify.ts";
import { filingPages, sectionsOf, type FilingPage } from "./filing-pages.ts";
import { href } from "./url.ts";

/** A section of a filing as its sidebar and claim cards show it: the page, and what its checks found. */
export interface SectionOutcome {
  readonly page: FilingPage;
  readonly counts: ClaimCounts;
}

/** Everything a page of a filing shows about the filing as a whole: its pages, its sections' outcomes, its counts. */
export interface FilingContext {
  readonly filing: CollectionEntry<"filings">;
  readonly pages: FilingPage[];
  readonly sections: SectionOutcome[];
  /** The counts of every page of the filing together, for its own page's claim card. */
  readonly counts: ClaimCounts;
  readonly ledger: string;
}

const notFound = (page: FilingPage) => page.entry.data.notFoundInCitedFilings?.length ?? 0;

// Each page of a filing shows its filing's context: made once per filing and report, not once per page
// (a 100-page filing's pages each counted its 100 sections' checks).
const made = new WeakMap<Report, Map<string, Promise<FilingContext>>>();

/** A filing's pages and sections with their counts, all from the report that the build verified. */
export async function filingContext(filing: CollectionEntry<"filings">): Promise<FilingContext> {
  const report = await siteReport();
  const contexts = made.get(report) ?? made.set(report, new Map()).get(report)!;
  let context = contexts.get(filing.id);
  if (!context) contexts.set(filing.id, (context = contextOf(report, filing)));
  return context;
}

async function contextOf(report: Report, filing: CollectionEntry<"filings">): Promise<FilingContext> {
  const pages = await filingPages(filing.id);
  const files = (list: readonly FilingPage[]) => list.map((page) => page.entry.filePath ?? "");
  return {
    filing,
    pages,
    sections: sectionsOf(pages).map((page) => ({ page, counts: claimCounts(report, files([page]), notFound(page)) })),
    counts: claimCounts(
      report,
      files(pages),
      pages.reduce((sum, page) => sum + notFound(page), 0),
    ),
    ledger: href(`filings/${filing.id}/ledger/`),
  };
}
