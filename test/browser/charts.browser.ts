import { describe, expect, inject, test } from "vitest";
import { chromiumForFile } from "./chromium.ts";
import { crawl } from "./crawl.ts";
import { arrowsThroughText, overprintedText, tablesHidingContent, textOffScreen } from "./layout.ts";

const origin = inject("origin");
const { pages } = await crawl(origin);
// 320 and 375 px show charts' narrowest drawing, 768 px the middle one, 1280 px the widest (chart.ts).
const widths = [320, 375, 768, 1280];

const chromium = chromiumForFile();

// One page opened once, resized: which drawing shows is the style sheet's choice (media queries), so a
// resized page lays out as one opened at that width, at a fifth of the navigations.
describe.for(pages)("%s", (path) => {
  test(`at ${widths.join(", ")} px no two texts of a chart overprint, none runs off the screen, no arrow runs through a text; at 375 px no table hides its content sideways, its disclosures open`, async () => {
    const page = await chromium.newPage(widths[0]);
    try {
      await page.goto(new URL(path, origin).href);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        expect.soft(await overprintedText(page), `overprinted pairs at ${width} px`).toEqual([]);
        expect.soft(await textOffScreen(page), `text off the screen at ${width} px`).toEqual([]);
        expect.soft(await arrowsThroughText(page), `arrows through text at ${width} px`).toEqual([]);
      }
      await page.setViewportSize({ width: 375, height: 900 });
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      expect(await tablesHidingContent(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
