import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, newPage } from "./chromium.ts";
import { crawl } from "./crawl.ts";
import { arrowsThroughText, overprintedText, tablesHidingContent, textOffScreen } from "./layout.ts";

const origin = inject("origin");
const { pages } = await crawl(origin);

let browser: Browser;
beforeAll(async () => void (browser = await launchChromium()));
afterAll(() => browser?.close());

describe.for(pages)("%s", (path) => {
  // 320 and 375 px show charts' narrowest drawing, 768 px the middle one, 1280 px the widest (chart.ts).
  test.for([320, 375, 768, 1280])(
    "at %i px, no two texts of a chart overprint, none runs off the screen, and no arrow runs through a text",
    async (width) => {
      const page = await newPage(browser, { viewport: { width, height: 900 } });
      try {
        await page.goto(new URL(path, origin).href);
        expect.soft(await overprintedText(page), "overprinted pairs").toEqual([]);
        expect.soft(await textOffScreen(page), "text off the screen").toEqual([]);
        expect.soft(await arrowsThroughText(page), "arrows through text").toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );

  test("at 375 px, no table hides its content sideways, its disclosures open", async () => {
    const page = await newPage(browser, { viewport: { width: 375, height: 900 } });
    try {
      await page.goto(new URL(path, origin).href);
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      expect(await tablesHidingContent(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
