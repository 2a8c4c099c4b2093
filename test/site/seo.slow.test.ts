import { describe, expect, test } from "vitest";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  contentPaths,
  everyBuild,
  filingPaths,
  page,
  pagePaths,
  parse,
  sectionPaths,
  siteUrl,
  utilityPages,
} from "../support/dist.ts";

const meta = (document: Document, key: string) =>
  document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute("content");

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
      // The home page's heading is its lead explainer's; its title is the site's.
      expect(meta(document, "og:title"), path).toBe(
        path === "/" ? "Recount" : document.querySelector("h1")?.textContent,
      );
      expect(meta(document, "og:description"), path).toBe(description);
      expect(meta(document, "og:type"), path).toMatch(/^(website|article)$/);
      expect(meta(document, "twitter:card"), path).toBe("summary_large_image");
      expect(meta(document, "twitter:title"), path).toBe(meta(document, "og:title"));
      expect(meta(document, "twitter:description"), path).toBe(description);
    }
  });

  test("every page has a social card: a 1200 × 630 PNG next to it, with its text as alternative text", async () => {
    const paths = await pagePaths(build);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const document = parse(await page(path, build));
      const image = meta(document, "og:image")!;
      expect(meta(document, "twitter:image"), path).toBe(image);
      expect(image.startsWith(siteUrl("/", build)), `${path}: ${image}`).toBe(true);
      const png = await readFile(join(build.dir, image.slice(siteUrl("/", build).length)));
      // The PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
      expect(png.subarray(0, 8).toString("hex"), path).toBe("89504e470d0a1a0a");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
      expect(
        [meta(document, "og:image:width"), meta(document, "og:image:height"), meta(document, "og:image:type")],
        path,
      ).toEqual(["1200", "630", "image/png"]);
      const alt = meta(document, "og:image:alt")!;
      expect(meta(document, "twitter:image:alt"), path).toBe(alt);
      expect(alt, path).toContain(path === "/" ? "Recount" : (document.querySelector("h1")?.textContent ?? ""));
      // Every card says what could not be verified, not only what passed.
      expect(alt, path).toMatch(/\b\d+ statements? not verifiable from the disclosures\b/);
    }
  });

  test("a section's card states its page's findings, the words of the claims table", async () => {
    const claims = parse(await page("/filings/qfin-2024-09-27-6k/overview/", build));
    const leverage = [...claims.querySelectorAll("table.claims tbody tr")].find((row) =>
      row.querySelector("th a")?.getAttribute("href")?.endsWith("/leverage/"),
    )!;
    const first = leverage.lastElementChild!.querySelector("p")!.textContent!;
    expect(meta(parse(await page("/filings/qfin-2024-09-27-6k/leverage/", build)), "og:image:alt")).toContain(first);
  });

  test("structured data: the home page is the WebSite, a filing and each of its sections an Article about it, a filing's downloads a Dataset", async () => {
    const structured = async (path: string) =>
      JSON.parse(parse(await page(path, build)).querySelector('script[type="application/ld+json"]')!.textContent!);
    /** The items of a JSON-LD block, whether it holds one or a graph of several. */
    const items = async (path: string) => {
      const data = await structured(path);
      return data["@graph"]
        ? data["@graph"].map((item: object) => ({ "@context": data["@context"], ...item }))
        : [data];
    };
    expect(await structured("/")).toMatchObject({ "@type": "WebSite", url: siteUrl("/", build) });
    const filings = await filingPaths(build);
    const articles = [...filings, ...(await sectionPaths(build))];
    expect(articles.length).toBeGreaterThan(1);
    for (const path of articles) {
      const headline = parse(await page(path, build)).querySelector("h1")?.textContent;
      expect(
        (await items(path)).find((item: { "@type": string }) => item["@type"] === "Article"),
        path,
      ).toMatchObject({
        "@context": "https://schema.org",
        headline,
        url: siteUrl(path, build),
        isPartOf: { "@type": "WebSite", url: siteUrl("/", build) },
        about: { "@type": "DigitalDocument", author: { "@type": "Corporation" } },
      });
    }
    for (const path of filings) {
      const dataset = (await items(path)).find((item: { "@type": string }) => item["@type"] === "Dataset");
      expect(
        dataset?.distribution.map((download: { contentUrl: string }) => new URL(download.contentUrl).pathname),
        path,
      ).toEqual(
        expect.arrayContaining([`${build.base}${path.slice(1)}facts.csv`, `${build.base}${path.slice(1)}facts.json`]),
      );
    }
  });
});
