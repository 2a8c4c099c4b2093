import { links } from "../support/dist.ts";

export interface Crawl {
  /** The path of every HTML page reached, the home page first, then in the order they were found. */
  pages: string[];
  /** Internal links that do not lead anywhere, each with the page it was found on. */
  broken: { href: string; on: string; status: number }[];
}

// Where @astrojs/sitemap and most other generators put a sitemap.
const sitemaps = ["/sitemap-index.xml", "/sitemap.xml"];

/**
 * Every page of the site at `origin` a reader can reach: from the home page by following internal links,
 * plus every page a sitemap lists (a page no link reaches is still published).
 */
export async function crawl(origin: string): Promise<Crawl> {
  const result: Crawl = { pages: [], broken: [] };
  const queue = [{ href: "/", on: "/" }];
  for (const sitemap of sitemaps) {
    for (const path of await sitemapPages(new URL(sitemap, origin))) queue.push({ href: path, on: sitemap });
  }
  const seen = new Set<string>();
  for (let item = queue.shift(); item; item = queue.shift()) {
    const url = new URL(item.href, new URL(item.on, origin));
    if (url.origin !== origin || seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const response = await fetch(url, { redirect: "manual" });
    if (!response.ok) {
      result.broken.push({ href: item.href, on: item.on, status: response.status });
      continue;
    }
    if (!response.headers.get("content-type")?.startsWith("text/html")) continue;
    result.pages.push(url.pathname);
    for (const href of links(await response.text())) queue.push({ href, on: url.pathname });
  }
  return result;
}

/** The paths of the pages a sitemap (or sitemap index) lists; none if there is no such sitemap. */
async function sitemapPages(url: URL): Promise<string[]> {
  const response = await fetch(url);
  if (!response.ok) return [];
  const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!.trim()),
  );
  const pages: string[] = [];
  for (const location of locations) {
    // Sitemap URLs are absolute on the configured `site`; only their paths apply to this server.
    if (location.pathname.endsWith(".xml")) pages.push(...(await sitemapPages(new URL(location.pathname, url))));
    else pages.push(location.pathname);
  }
  return pages;
}
