import { describe, expect, inject, test } from "vitest";
import { accessibilityViolations, colourRules } from "./axe.ts";
import { chromiumForFile } from "./chromium.ts";
import { crawl } from "./crawl.ts";
import { record, remoteRequests, scriptRequests } from "./record.ts";

const origin = inject("origin");
export const site = await crawl(origin);
// The one page allowed to run JavaScript: search needs Pagefind's UI, content pages need nothing.
const searchPage = "/search/";
// What a reader sees at a mistyped address; no link leads there. Asked for by name, as a mistyped
// address would make Chromium log the 404 status as a console error.
const notFoundPage = "/404.html";

/**
 * Every page in one colour scheme: accessible (axe), no console error, nothing asked of another host, no
 * script but on the search page. One file per scheme (pages-light, pages-dark), so that the suite's two
 * workers share the longest work of the browser suite.
 */
export function everyPageIn(colorScheme: "light" | "dark"): void {
  const chromium = chromiumForFile({ colorScheme });

  describe.for([...site.pages, notFoundPage])("%s", (path) => {
    test(`in the ${colorScheme} colour scheme: accessible, quiet, local`, async () => {
      const page = await chromium.newPage();
      try {
        const seen = await record(page);
        await page.goto(new URL(path, origin).href);
        const inlineScripts = await page.locator("script:not([type='application/ld+json'])").count();
        // Open every disclosure (cells' code, charts' data) as a reader may: what it hides must pass too.
        await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
        // The dark scheme changes only colours, so only the rules that read colours can find anything new there.
        const rules = colorScheme === "dark" ? colourRules : undefined;
        expect.soft(await accessibilityViolations(page, rules)).toEqual([]);
        expect.soft(seen.errors, "console errors").toEqual([]);
        expect.soft(remoteRequests(seen), "requests to other hosts").toEqual([]);
        if (path !== searchPage) {
          expect.soft(scriptRequests(seen), "scripts requested").toEqual([]);
          expect.soft(inlineScripts, "inline scripts").toBe(0);
        }
      } finally {
        await page.close();
      }
    });
  });
}
