import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseHTML } from "linkedom";
import type { Report } from "../verify/verify.ts";
import { siteName } from "./about.ts";
import { longDate } from "./dates.ts";
import { checkSummary, findings } from "./findings.ts";
import { pageSlug } from "./page-outputs.ts";
import { renderCard, type Card } from "./social-card.ts";

// What a card's box holds at most, in characters: three lines of its text.
const figureLength = 190;

/**
 * The social card of the page at `path` (below the site's base, "/filings/x/leverage/"): on a filing's
 * pages, the filing and the page's findings (its first lines that fit) or, on its other pages, how its
 * checks came out; elsewhere the page's description.
 */
export async function cardFor(report: () => Promise<Report>, { path, title, description }: { path: string; title: string; description: string }): Promise<Card> {
  const [, filingId, page] = /^\/filings\/([^/]+)\/(?:([^/]+)\/)?/.exec(path) ?? [];
  // Only a filing's pages need the report, which `astro dev` computes afresh for each page that asks.
  const loaded = filingId === undefined ? undefined : await report();
  const filing = loaded?.filings.find(({ id }) => id === filingId);
  if (!loaded || !filing) return { site: siteName, context: "Company filings, explained and checked", title, figure: description };
  const { ledger, notebooks } = loaded;
  const context = `${filing.metadata.issuer} · Form ${filing.metadata.form} filed ${longDate(filing.metadata.filed)}`;
  const checks = ledger.results();
  const notebook = notebooks.find((notebook) => notebook.filing === filing.id && pageSlug(notebook.file) === page);
  const lines = notebook
    ? findings({ checks: checks.filter((check) => check.file === notebook.file), cells: notebook.cells, checkedFacts: new Set(checks.flatMap((check) => check.facts)) })
    : checkSummary(checks.filter((check) => check.filing === filing.id));
  return { site: siteName, context, title, figure: fitting(lines) };
}

/** The card's text, as its image's alternative text. */
export function cardAlt({ site, context, title, figure }: Card): string {
  return `${site}: ${title}. ${context}. ${figure}`;
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

/**
 * Draws the card of every page the build wrote into `outDir`, from the title and description in its
 * head and the report, where the page's og:image points (see `cardPath`; `base` is the site's).
 */
export async function writeSocialCards(report: Report, outDir: string, base: string): Promise<void> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  const below = (pathname: string) => `/${pathname.slice(base.replace(/\/?$/, "/").length)}`;
  await Promise.all(
    files.map(async (file) => {
      const { document } = parseHTML(await readFile(join(outDir, file), "utf8"));
      const meta = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute("content") ?? "";
      const page = below(new URL(meta("og:url")).pathname);
      const card = await cardFor(async () => report, { path: page, title: meta("og:title"), description: meta("og:description") });
      const target = join(outDir, below(new URL(meta("og:image")).pathname));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, await renderCard(card));
    }),
  );
}
