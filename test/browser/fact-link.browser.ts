import { expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { chromiumForFile } from "./chromium.ts";
import { crawl } from "./crawl.ts";

const origin = inject("origin");
const { pages } = await crawl(origin);

const chromium = chromiumForFile();

test("a fact link lands on its sentence in the source, in view and highlighted", async ({ skip }) => {
  const page = await chromium.newPage();
  try {
    if (!(await openPageWithFact(page))) return skip("no page has an `a.fact` link yet");
    await Promise.all([page.waitForURL((url) => url.hash.length > 1), page.locator("a.fact").first().click()]);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const sentence = page.locator(`id=${id}`);
    expect(await sentence.count(), `${page.url()} names an element of the page`).toBe(1);
    expect(await sentence.evaluate(isInView)).toBe(true);
    const landed = await sentence.evaluate(look);
    // With the fragment gone the sentence must look different: that difference is the highlight.
    await page.evaluate(() => (location.hash = ""));
    expect(await sentence.evaluate(look), "the sentence looks the same when not linked to").not.toEqual(landed);
  } finally {
    await page.close();
  }
});

/** Opens the first page, in crawl order, that has a fact link; false if no page has one. */
async function openPageWithFact(page: Page): Promise<boolean> {
  for (const path of pages) {
    await page.goto(new URL(path, origin).href);
    if ((await page.locator("a.fact").count()) > 0) return true;
  }
  return false;
}

// The two functions below run in the browser.

function isInView(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
}

function look(element: Element): string {
  const style = getComputedStyle(element);
  return [
    style.color,
    style.backgroundColor,
    style.outline,
    style.boxShadow,
    style.textDecoration,
    style.fontWeight,
  ].join(" | ");
}
