import { getCollection, type CollectionEntry } from "astro:content";

export interface FilingPage {
  entry: CollectionEntry<"pages">;
  /** The page's URL segment under its filing: the MDX file name without its order prefix. */
  slug: string;
}

/** The pages of a filing, in their frontmatter order. */
export async function filingPages(filing: string): Promise<FilingPage[]> {
  const pages = await getCollection("pages", (entry) => entry.id.startsWith(`${filing}/`));
  return pages
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ entry, slug: entry.id.slice(filing.length + 1).replace(/^\d+-/, "") }));
}
