import { expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { chromiumForFile } from "./chromium.ts";
import { record } from "./record.ts";

const origin = inject("origin");
const provisionsSection = "/filings/qfin-2024-09-27-6k/delinquency-and-provisions/";

const chromium = chromiumForFile();

test("searching for “provisions” on the search page finds the provisions section", async () => {
  const page = await chromium.newPage();
  try {
    const seen = await record(page);
    const response = await page.goto(new URL("/search/", origin).href);
    expect(response?.status(), "the status of /search/").toBe(200);
    await page.locator(".pagefind-ui__search-input").fill("provisions");
    await expect.poll(() => resultPaths(page), { timeout: 10_000 }).toContain(provisionsSection);
    expect(seen.errors, "console errors").toEqual([]);
  } finally {
    await page.close();
  }
});

test("the search form in the page header leads to the same results", async () => {
  const page = await chromium.newPage();
  try {
    await page.goto(origin);
    await page.getByRole("searchbox").fill("provisions");
    await page.getByRole("searchbox").press("Enter");
    await page.waitForURL((url) => url.pathname === "/search/");
    await expect.poll(() => resultPaths(page), { timeout: 10_000 }).toContain(provisionsSection);
  } finally {
    await page.close();
  }
});

/** The paths Pagefind's results link to so far: it shows them as it loads them. */
function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator(".pagefind-ui__result-link")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
