import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";
import { projectRoot } from "../support/astro.ts";
import { chromiumForFile } from "./chromium.ts";
import { crawl } from "./crawl.ts";

const origin = inject("origin");
const { pages } = await crawl(origin);
const folder = join(projectRoot, "test-results/screenshots");

// One page of each kind a reader meets, found in crawl order (the home page links the filings first).
const kinds = {
  home: pages.find((path) => path === "/"),
  filing: pages.find((path) => /^\/filings\/[^/]+\/$/.test(path)),
  section: pages.find((path) => /^\/filings\/[^/]+\/(?!(?:source|ledger|overview)\/)[^/]+\/$/.test(path)),
  source: pages.find((path) => /^\/filings\/[^/]+\/source\/$/.test(path)),
  ledger: pages.find((path) => /^\/filings\/[^/]+\/ledger\/$/.test(path)),
  overview: pages.find((path) => /^\/filings\/[^/]+\/overview\/$/.test(path)),
  prose: pages.find((path) => path === "/methodology/"),
  glossary: pages.find((path) => path === "/glossary/"),
  changelog: pages.find((path) => path === "/changelog/"),
};

const chromium = chromiumForFile();

describe.for(Object.entries(kinds))("%s page", ([kind, path]) => {
  test.for([
    [375, "light"],
    [375, "dark"],
    [1280, "light"],
    [1280, "dark"],
  ] as const)("%i px wide, %s: screenshot, nothing wider than the screen", async ([width, colorScheme], { skip }) => {
    if (!path) return skip(`the site has no ${kind} page yet`);
    const page = await chromium.newPage(width);
    try {
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL(path, origin).href);
      // A whole long page takes longer than the context's 10 s to capture on a busy machine.
      await page.screenshot({
        path: join(folder, `${kind}-${width}-${colorScheme}.png`),
        fullPage: true,
        timeout: 60_000,
      });
      // A page wider than the screen makes a phone reader scroll sideways for every line.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    } finally {
      await page.close();
    }
  });
});
