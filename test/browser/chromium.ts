import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

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
 * A page in a context of its own (axe-core needs one), so nothing carries over between tests. Waits give
 * up after 10 s: a static site served from this machine that takes longer is broken, not slow.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  return context.newPage();
}
