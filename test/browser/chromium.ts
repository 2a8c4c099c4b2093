import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

/**
 * Debian's Chromium, as CI installs it: Playwright cannot download its own browser here. Playwright gives
 * every launch a fresh user-data dir and removes it on close; the flags keep Chromium off the network and
 * quiet (no updates, sync, QUIC probes or first-run pages).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * A browser context in `browser`. Waits give up after 10 s: a static site served from this machine that
 * takes longer is broken, not slow.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  return context;
}

/**
 * One Chromium and one context for the tests of a file, opened before them and closed after; each test
 * opens pages of its own in it and closes them. A context costs about as much as a page load again, and
 * the site keeps nothing in a context (no cookie, no storage, every response `no-store`).
 */
export function chromiumForFile(options: BrowserContextOptions = {}): {
  /** A new page, `width` px wide (the context's width if none is given). */
  newPage(width?: number): Promise<Page>;
} {
  let browser: Browser | undefined;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await newContext(browser, options);
  });
  afterAll(() => browser?.close());
  return {
    async newPage(width) {
      const page = await context.newPage();
      if (width !== undefined) await page.setViewportSize({ width, height: 900 });
      return page;
    },
  };
}
