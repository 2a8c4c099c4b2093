import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { chromiumForFile } from "./chromium.ts";
import { crawl } from "./crawl.ts";

const origin = inject("origin");
const { pages } = await crawl(origin);

const chromium = chromiumForFile({ viewport: { width: 1280, height: 900 } });

/** The size every shown chart's text renders at, in CSS px, with the page's body text size. */
function chartText(page: Page) {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll("figure.chart svg.plot")].flatMap((svg) => {
      const { width } = svg.getBoundingClientRect();
      if (width === 0) return []; // a variant for another width, not displayed
      const scale = width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll("text")].map((text) => ({
        text: text.textContent ?? "",
        px: parseFloat(getComputedStyle(text).fontSize) * scale,
      }));
    });
    return { sizes, body: parseFloat(getComputedStyle(document.querySelector("main p") ?? document.body).fontSize) };
  });
}

/** Tables, figures and their scrolling boxes whose content is wider than they are. */
function scrolled(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("main :is(table, figure, .table-scroll, .wide-table, details)")]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map(
        (element) => `${element.localName}.${element.className} (${element.scrollWidth} px in ${element.clientWidth})`,
      ),
  );
}

describe.for(pages)("%s", (path) => {
  // Opened once for both tests and resized, as charts.browser.ts does: the style sheet picks the drawing
  // for the width, and the first test changes nothing on the page.
  let page: Page;
  beforeAll(async () => {
    page = await chromium.newPage();
    await page.goto(new URL(path, origin).href);
  });
  afterAll(() => page?.close());

  const widths = [320, 375, 1280, 1920];
  test(`at ${widths.join(", ")} px, every chart's text is at least 11 px and no larger than the body text`, async () => {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      const { sizes, body } = await chartText(page);
      expect
        .soft(
          sizes.filter(({ px }) => px < 11 || px > body),
          `at ${width} px, body text ${body} px`,
        )
        .toEqual([]);
    }
  });

  test("at 1280 px, no table or figure scrolls or clips; at 375 px, a table that scrolls says so", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
    expect(await scrolled(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 900 });
    // A box that scrolls shows a shadow at its edge (figures.css): its background is painted, not plain.
    const uncued = await page.evaluate(() =>
      [...document.querySelectorAll("main .table-scroll")]
        .filter(
          (box) => box.scrollWidth > box.clientWidth + 1 && !getComputedStyle(box).backgroundImage.includes("gradient"),
        )
        .map((box) => box.outerHTML.slice(0, 80)),
    );
    expect(uncued).toEqual([]);
  });
});

test("a section page's charts show at each screen width, drawn for it", async () => {
  const section = pages.find((path) => /^\/filings\/[^/]+\/samr-data\/$/.test(path))!;
  const shown: Record<number, string[]> = {};
  for (const width of [375, 1280]) {
    const page = await chromium.newPage(width);
    try {
      await page.goto(new URL(section, origin).href);
      shown[width] = await page.evaluate(() =>
        [...document.querySelectorAll("figure.chart svg.plot")]
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => svg.getAttribute("width")!),
      );
    } finally {
      await page.close();
    }
  }
  expect(shown).toEqual({ 375: ["280"], 1280: ["640"] });
});
