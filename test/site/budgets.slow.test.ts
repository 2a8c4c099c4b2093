import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import {
  contentPaths,
  everyBuild,
  page,
  pagePaths,
  parse,
  sectionPaths,
  siteUrl,
  type Build,
} from "../support/dist.ts";
import { cssReferences, references } from "./references.ts";

const KiB = 1024;
const gzipped = (text: string) => gzipSync(text).length;

/** The CSS a page loads: its stylesheets, then its style elements. */
async function pageCss(document: Document, path: string, build: Build): Promise<string> {
  const here = new URL(siteUrl(path, build));
  const sheets = [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
    new URL(link.getAttribute("href")!, here).pathname.slice(build.base.length - 1),
  );
  const styles = [...document.querySelectorAll("style")].map((style) => style.textContent);
  return [...(await Promise.all(sheets.map((sheet) => page(sheet, build)))), ...styles].join("\n");
}

/** Scripts that run: JSON-LD is data for search engines and runs nothing. */
const runnableScripts = (document: Document) =>
  [...document.querySelectorAll("script")].filter((script) => script.getAttribute("type") !== "application/ld+json");

// Like Starlight's size limits, enforced on the built site rather than promised.
describe.for(everyBuild())("the budgets of the site built $label", (build) => {
  test("content pages ship no JavaScript at all: no script, no inline handler, no javascript: URL", async () => {
    const found: string[] = [];
    for (const path of await contentPaths(build)) {
      const document = parse(await page(path, build));
      for (const script of runnableScripts(document)) found.push(`${path}: ${script.outerHTML.slice(0, 80)}`);
      for (const element of document.querySelectorAll("*")) {
        for (const name of element.getAttributeNames())
          if (name.startsWith("on")) found.push(`${path}: ${element.localName}[${name}]`);
      }
      for (const reference of references(document))
        if (/^\s*javascript:/i.test(reference.url)) found.push(`${path}: ${reference.in} ${reference.url}`);
      for (const link of document.querySelectorAll('link[rel="modulepreload"], link[as="script"]'))
        found.push(`${path}: ${link.outerHTML}`);
    }
    expect(found).toEqual([]);
  });

  test("the CSS of any page is at most 15 KiB gzipped", async () => {
    for (const path of await pagePaths(build)) {
      const css = await pageCss(parse(await page(path, build)), path, build);
      expect(gzipped(css), `${path}: gzipped CSS in bytes`).toBeLessThanOrEqual(15 * KiB);
    }
  });

  test("a section page is at most 30 KiB of HTML and CSS gzipped", async () => {
    const sections = await sectionPaths(build);
    expect(sections.length).toBeGreaterThan(0);
    for (const path of sections) {
      const html = await page(path, build);
      const weight = gzipped(html) + gzipped(await pageCss(parse(html), path, build));
      expect(weight, `${path}: gzipped HTML and CSS in bytes`).toBeLessThanOrEqual(30 * KiB);
    }
  });

  test("no page fetches anything from another host: scripts, styles, images, fonts", async () => {
    const site = new URL(build.site).origin;
    const foreign: string[] = [];
    for (const path of await pagePaths(build)) {
      const document = parse(await page(path, build));
      const here = new URL(siteUrl(path, build));
      const fetched = [
        ...references(document).filter((reference) => reference.fetched),
        ...cssReferences(await pageCss(document, path, build)).map((url) => ({ in: "css", url })),
      ];
      for (const reference of fetched) {
        const url = new URL(reference.url, here);
        if (url.protocol !== "data:" && url.origin !== site) foreign.push(`${path}: ${reference.in} ${reference.url}`);
      }
      if (document.querySelector('meta[http-equiv="refresh" i]')) foreign.push(`${path}: meta refresh`);
    }
    expect(foreign).toEqual([]);
  });
});
