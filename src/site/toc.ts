import type { MarkdownHeading } from "astro";

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * A page's contents from its rendered headings: h2s, each with the h3s under it. An h3 before the
 * first h2 has nothing to sit under, so it stands at the top; h1 (the page title) and h4+ are left out.
 */
export function toc(headings: readonly MarkdownHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  let section: TocEntry | undefined;
  for (const { depth, slug, text } of headings) {
    const entry: TocEntry = { slug, text, children: [] };
    if (depth === 2) entries.push((section = entry));
    else if (depth === 3) (section?.children ?? entries).push(entry);
  }
  return entries;
}
