import type { Report, VerifiedNotebook } from "#engine/verify/verify.ts";
import { siteName } from "#engine/findings/about.ts";
import { formAndDate } from "#engine/findings/dates.ts";
import { checkSummary, claimCounts, claimOutcome, pageFindings } from "#engine/findings/findings.ts";

/** What a page's social card says: the site, where the page belongs, its title, and its key figure or finding. */
export interface Card {
  readonly site: string;
  /** The filing the page explains ("Qifu Technology, Form 6-K filed 27 September 2024"), or what the site is. */
  readonly context: string;
  readonly title: string;
  /** The page's key figure or finding, in words made from its checks and outputs; or what the page is. */
  readonly figure: string;
  /**
   * What the checks of the page (or of its filing, or of the site) found and how many statements they
   * cannot verify, from the ledger: a card never shows what passed without what could not be checked.
   */
  readonly tally: string;
}

export const cardSize = { width: 1200, height: 630 } as const;

// What a card's box holds at most, in characters: three lines of its text.
const figureLength = 190;

/**
 * The social card of the page at `path` (below the site's base, "/filings/x/leverage/"): on a filing's
 * pages, the filing and the page's findings (its first lines that fit) or, on its other pages, how its
 * checks came out; elsewhere the page's description.
 */
export function cardFor(
  report: Report,
  { path, title, description }: { path: string; title: string; description: string },
): Card {
  const { filing: filingId, notebook } = pageAt(report, path);
  const filing = report.filings.find(({ id }) => id === filingId);
  const tally = (notebooks: readonly { file: string }[]) =>
    claimOutcome(
      claimCounts(
        report,
        notebooks.map(({ file }) => file),
        0,
      ),
      { statements: true },
    );
  if (!filing) {
    return {
      site: siteName,
      context: "Company filings, explained and checked",
      title,
      figure: description,
      tally: tally(report.notebooks),
    };
  }
  const context = `${filing.metadata.issuer} · ${formAndDate(filing.metadata)}`;
  const lines = notebook
    ? pageFindings(report, notebook.file)
    : checkSummary(report.ledger.results().filter((check) => check.filing === filing.id));
  return {
    site: siteName,
    context,
    title,
    figure: fitting(lines),
    tally: tally(notebook ? [notebook] : report.notebooks.filter((each) => each.filing === filing.id)),
  };
}

/** The filing a site path names ("/filings/x/leverage/") and, where it is one, its notebook page in the report. */
export function pageAt(
  report: Report,
  path: string,
): { filing: string | undefined; notebook: VerifiedNotebook | undefined } {
  const [, filing, slug] = /^\/filings\/([^/]+)\/(?:([^/]+)\/)?/.exec(path) ?? [];
  const notebook =
    filing === undefined ? undefined : report.notebooks.find((each) => each.filing === filing && each.slug === slug);
  return { filing, notebook };
}

/** The card's text, as its image's alternative text. */
export function cardAlt({ site, context, title, figure, tally }: Card): string {
  return `${site}: ${title}. ${context}. ${figure} ${tally}.`;
}

/** Where a page's card is published, next to it: "/x/" has "/x/card.png", "/x" has "/x.card.png". */
export function cardPath(pathname: string): string {
  return pathname.endsWith("/") ? `${pathname}card.png` : `${pathname.replace(/\.html$/, "")}.card.png`;
}

/** The first lines that fit in a card, whole: at least the first, shortened at a word if it alone is too long. */
function fitting(lines: readonly string[]): string {
  let text = lines[0] ?? "";
  for (const line of lines.slice(1)) {
    if (text.length + 1 + line.length > figureLength) break;
    text = `${text} ${line}`;
  }
  return text.length <= figureLength ? text : `${text.slice(0, text.lastIndexOf(" ", figureLength - 1))} …`;
}
