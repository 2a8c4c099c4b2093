import { describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { parse } from "../support/dist.ts";
import { chromiumForFile } from "./chromium.ts";
import { crawl } from "./crawl.ts";

const origin = inject("origin");
const { pages } = await crawl(origin);
const sixK = "/filings/qfin-2024-09-27-6k/";
const delinquency = `${sixK}delinquency-and-provisions/`;
// The editor's guide is for editors: it may name cells, files and check ids.
const editorsPages = ["/guide/"];
const filingPagePaths = pages.filter((path) => /^\/filings\/[^/]+\/$/.test(path));

const chromium = chromiumForFile();

async function open(path: string, width = 1280): Promise<Page> {
  const page = await chromium.newPage(width);
  await page.goto(new URL(path, origin).href);
  return page;
}

/** A filing's sections: the pages its own page lists, but its overview. */
async function sectionsOf(filing: string): Promise<string[]> {
  const html = await (await fetch(new URL(filing, origin))).text();
  const listed = [...parse(html).querySelectorAll("ol.sections a")].map(
    (link) => new URL(link.getAttribute("href")!, new URL(filing, origin)).pathname,
  );
  return listed.filter((path) => !path.endsWith("/overview/"));
}

/** What a reader sees of a page at 1280 px that the tests below look at. */
interface Seen {
  /** The text of each `.kicker`, the line that places a section in its filing. */
  kickers: string[];
  /** The addresses the provenance links to on EDGAR, in order. */
  edgar: string[];
  /** The addresses the provenance links to on any host, in order. */
  originals: string[];
  /** The page's text with everything a reader can open opened, and the ledger's detail for editors removed. */
  text: string;
}

// Each page is opened once, for every test that reads it (was once a test: 95 navigations, now 36).
const seenPages = new Map<string, Promise<Seen>>();
function seen(path: string): Promise<Seen> {
  if (!seenPages.has(path)) seenPages.set(path, look(path));
  return seenPages.get(path)!;
}

async function look(path: string): Promise<Seen> {
  const page = await open(path);
  try {
    return await page.evaluate(() => {
      const hrefs = (selector: string) =>
        [...document.querySelectorAll<HTMLAnchorElement>(selector)].map((link) => link.href);
      const kickers = [...document.querySelectorAll(".kicker")].map((kicker) => kicker.textContent ?? "");
      const edgar = hrefs('.provenance a[href^="https://www.sec.gov/Archives/edgar/"]');
      const originals = hrefs(".provenance a[href^='http']");
      document.querySelectorAll("details.for-editors").forEach((details) => details.remove());
      document.querySelectorAll("details").forEach((details) => (details.open = true));
      return { kickers, edgar, originals, text: document.body.innerText };
    });
  } finally {
    await page.close();
  }
}

interface LedgerCheck {
  filing: string;
  file: string;
  id: string;
  reading: string;
}
const ledger = (await (await fetch(new URL("/data/ledger.json", origin))).json()) as { checks: LedgerCheck[] };

test("the 6-K has six sections, each marked with its place", async () => {
  const sections = await sectionsOf(sixK);
  expect(sections).toHaveLength(6);
  for (const [index, path] of sections.entries())
    expect((await seen(path)).kickers, path).toEqual([`Section ${index + 1} of 6`]);
});

describe.for(await sectionsOf(sixK))("%s", (path) => {
  test("a claim card leads the page, right after its title, with counts from the ledger", async () => {
    const page = await open(path, 375);
    try {
      const order = await page.evaluate(() =>
        [...document.querySelectorAll("article > *")].map((element) => element.className),
      );
      expect(order.slice(0, 2), "the page's first two blocks").toEqual(["page-head", "claim-card"]);
      const card = page.locator("section.claim-card");
      expect(await card.locator("dt").allTextContents()).toEqual([
        "The allegation",
        "The company's answer",
        "What Recount could check",
        "What cannot be checked from the filings",
      ]);
      const text = (await card.textContent()) ?? "";
      expect(text).toContain("as the release describes it");
      expect(text).toMatch(/\d+ statements? not verifiable from the disclosures/);
      // The count the card prints is the ledger's: independent checks of this page's file.
      const file = await page.evaluate(() => document.querySelector("section.claim-card")?.getAttribute("data-file"));
      const independent = ledger.checks.filter(
        (check) => check.file === file && check.reading !== "derived" && check.reading !== "consistency",
      ).length;
      expect(file, "the card names its page's file").toBeTruthy();
      expect(text).toContain(independent ? `${independent} independent check` : "No independent check");
    } finally {
      await page.close();
    }
  });
});

test("every page of the 6-K links the filing and its exhibit on EDGAR", async () => {
  const ofSixK = pages.filter((path) => path.startsWith(sixK));
  expect(ofSixK.length).toBeGreaterThanOrEqual(9);
  for (const path of ofSixK) {
    const { edgar } = await seen(path);
    expect(edgar, path).toHaveLength(2);
    expect(edgar[1], path).toMatch(/ex99-1\.htm$/);
  }
});

test("every page of a filing links its original as the filing's own page does", async () => {
  for (const filing of filingPagePaths) {
    const expected = (await seen(filing)).originals;
    for (const path of pages.filter((other) => other.startsWith(filing) && other !== filing))
      expect((await seen(path)).originals, path).toEqual(expected);
  }
});

test("the delinquency page prints on at most 8 A4 pages", async () => {
  const page = await open(delinquency);
  try {
    const pdf = await page.pdf({ format: "A4" });
    const printed = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(printed).toBeGreaterThan(0);
    expect(printed).toBeLessThanOrEqual(8);
  } finally {
    await page.close();
  }
});

test("no reader's page shows a cell number, a content file or a check id but in the ledger's editor detail", async () => {
  const ids = new Set(ledger.checks.map((check) => check.id));
  const found: string[] = [];
  for (const path of pages.filter((path) => !editorsPages.includes(path))) {
    const { text } = await seen(path);
    for (const match of text.matchAll(/\bcell \d+\b|[\w/.-]+\.mdx\b/gi)) found.push(`${path}: ${match[0]}`);
    for (const word of text.split(/[\s(),;:]+/)) if (ids.has(word)) found.push(`${path}: check id ${word}`);
  }
  expect(found).toEqual([]);
});
