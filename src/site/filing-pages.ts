import { getCollection, type CollectionEntry } from "astro:content";
import { pageSlug } from "#engine/page/slug.ts";
import { href } from "./url.ts";

export interface FilingPage {
  entry: CollectionEntry<"pages">;
  /** The page's URL segment under its filing (see pageSlug). */
  slug: string;
  href: string;
}

/** The filings, the most recently filed first. */
export async function filingsNewestFirst(): Promise<CollectionEntry<"filings">[]> {
  return (await getCollection("filings")).sort(
    (a, b) => (b.data.filed ?? "").localeCompare(a.data.filed ?? "", "en") || a.id.localeCompare(b.id, "en"),
  );
}

/** The URL of a filing's own page. */
export function filingHref(filing: string): string {
  return href(`filings/${filing}/`);
}

/** The pages of a filing, in their frontmatter order. */
export async function filingPages(filing: string): Promise<FilingPage[]> {
  const pages = await getCollection("pages", (entry) => entry.id.startsWith(`${filing}/`));
  return pages
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => {
      const slug = pageSlug(entry.id, entry.data.slug);
      return { entry, slug, href: href(`filings/${filing}/${slug}/`) };
    });
}

/** `getStaticPaths` of a page that every filing has (its own page, its source, its ledger). */
export async function everyFilingPaths() {
  return (await getCollection("filings")).map((filing) => ({ params: { filing: filing.id }, props: { filing } }));
}

/** A filing's sections: its pages after the overview (order 0), as "section n of m" counts them. */
export function sectionsOf(pages: readonly FilingPage[]): FilingPage[] {
  return pages.filter((page) => page.entry.data.order > 0);
}

/** How a page's title names its filing: "Delinquency rates and provisions · Qifu 6-K". */
export function filingName({ shortName, issuer, form }: CollectionEntry<"filings">["data"]): string {
  return shortName ?? `${issuer} ${form}`;
}
