import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { projectRoot } from "../support/astro.ts";
import { contentPaths, everyBuild, page, pagePaths, parse, siteUrl } from "../support/dist.ts";
import { descendants, parseXml, type XmlElement } from "./xml.ts";

const filingIds = (await readdir(join(projectRoot, "content/filings"), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const textOf = (element: XmlElement, tag: string) => descendants(element, tag).map((child) => child.text);

describe.for(everyBuild())("the feeds of the site built $label", (build) => {
  test("the RSS feed is well-formed and lists every filing, newest first", async () => {
    const rss = parseXml(await page("/rss.xml", build));
    expect(rss.name).toBe("rss");
    expect(rss.attributes.version).toBe("2.0");
    const [channel] = rss.children;
    expect(channel!.children.find((child) => child.name === "link")!.text).toBe(siteUrl("/", build));
    const items = descendants(rss, "item");
    expect(items.flatMap((item) => textOf(item, "link")).sort()).toEqual(
      filingIds.map((id) => siteUrl(`/filings/${id}/`, build)).sort(),
    );
    for (const item of items) {
      expect(textOf(item, "title")[0]).toBeTruthy();
      expect(textOf(item, "description")[0]!.length).toBeGreaterThan(40);
    }
    // An excerpt whose original gives no filing date has no pubDate (RSS allows none); every other item is dated.
    const dates = items.flatMap((item) => textOf(item, "pubDate")).map((date) => Date.parse(date));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
  });

  test("every page names the feed in its head", async () => {
    for (const path of await pagePaths(build)) {
      const feed = parse(await page(path, build)).querySelector(
        'head link[rel="alternate"][type="application/rss+xml"]',
      );
      expect(feed?.getAttribute("href"), path).toBe(`${build.base}rss.xml`);
    }
  });

  test("the sitemap is well-formed and lists every content page", async () => {
    const index = parseXml(await page("/sitemap-index.xml", build));
    expect(index.name).toBe("sitemapindex");
    const listed: string[] = [];
    for (const sitemap of textOf(index, "loc")) {
      const urlset = parseXml(await page(new URL(sitemap).pathname.slice(build.base.length - 1), build));
      expect(urlset.name).toBe("urlset");
      listed.push(...textOf(urlset, "loc"));
    }
    expect(listed.sort()).toEqual((await contentPaths(build)).map((path) => siteUrl(path, build)).sort());
  });

  test("robots.txt points crawlers to the sitemap", async () => {
    expect(await page("/robots.txt", build)).toContain(`Sitemap: ${siteUrl("/sitemap-index.xml", build)}`);
  });
});
