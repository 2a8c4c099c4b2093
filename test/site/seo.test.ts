import { describe, expect, test } from "vitest";
import { contentPaths, everyBuild, filingPaths, page, parse, sectionPaths, siteUrl, utilityPages } from "../support/dist.ts";

const meta = (document: Document, key: string) => document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute("content");

describe.for(everyBuild())("sharing and discovery, site built $label", (build) => {
  test("every content page has its own title and description, and names its canonical URL", async () => {
    const titles = new Set<string>();
    for (const path of await contentPaths(build)) {
      const document = parse(await page(path, build));
      const title = document.title;
      expect(title, path).toMatch(/\S/);
      expect(titles.has(title), `${path}: "${title}" is another page's title too`).toBe(false);
      titles.add(title);
      expect(meta(document, "description"), path).toMatch(/\S{3}/);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), path).toBe(siteUrl(path, build));
    }
  });

  test("search and the 404 page ask search engines to leave them out", async () => {
    for (const path of utilityPages) {
      const document = parse(await page(path, build));
      expect(meta(document, "robots"), path).toBe("noindex");
      expect(document.querySelector('link[rel="canonical"]'), path).toBeNull();
    }
  });

  test("every content page has Open Graph and Twitter cards matching its title and description", async () => {
    for (const path of await contentPaths(build)) {
      const document = parse(await page(path, build));
      const description = meta(document, "description");
      expect(meta(document, "og:url"), path).toBe(siteUrl(path, build));
      expect(meta(document, "og:title"), path).toBe(document.querySelector("h1")?.textContent);
      expect(meta(document, "og:description"), path).toBe(description);
      expect(meta(document, "og:type"), path).toMatch(/^(website|article)$/);
      expect(meta(document, "twitter:card"), path).toBe("summary");
      expect(meta(document, "twitter:title"), path).toBe(meta(document, "og:title"));
      expect(meta(document, "twitter:description"), path).toBe(description);
    }
  });

  test("structured data: the home page is the WebSite, a filing and each of its sections an Article about it, a filing's downloads a Dataset", async () => {
    const structured = async (path: string) => JSON.parse(parse(await page(path, build)).querySelector('script[type="application/ld+json"]')!.textContent!);
    /** The items of a JSON-LD block, whether it holds one or a graph of several. */
    const items = async (path: string) => {
      const data = await structured(path);
      return data["@graph"] ? data["@graph"].map((item: object) => ({ "@context": data["@context"], ...item })) : [data];
    };
    expect(await structured("/")).toMatchObject({ "@type": "WebSite", url: siteUrl("/", build) });
    const filings = await filingPaths(build);
    const articles = [...filings, ...(await sectionPaths(build))];
    expect(articles.length).toBeGreaterThan(1);
    for (const path of articles) {
      const headline = parse(await page(path, build)).querySelector("h1")?.textContent;
      expect((await items(path)).find((item: { "@type": string }) => item["@type"] === "Article"), path).toMatchObject({
        "@context": "https://schema.org",
        headline,
        url: siteUrl(path, build),
        isPartOf: { "@type": "WebSite", url: siteUrl("/", build) },
        about: { "@type": "DigitalDocument", author: { "@type": "Corporation" } },
      });
    }
    for (const path of filings) {
      const dataset = (await items(path)).find((item: { "@type": string }) => item["@type"] === "Dataset");
      expect(dataset?.distribution.map((download: { contentUrl: string }) => new URL(download.contentUrl).pathname), path).toEqual(
        expect.arrayContaining([`${build.base}${path.slice(1)}facts.csv`, `${build.base}${path.slice(1)}facts.json`]),
      );
    }
  });
});
