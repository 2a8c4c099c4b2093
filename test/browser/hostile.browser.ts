import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { astroBuild, fixtureProject, projectRoot } from "../support/astro.ts";
import { chromiumForFile } from "./chromium.ts";
import { serve, type StaticServer } from "./serve.ts";

// A site built from hostile content that the build accepts once it has made it harmless: chart options whose
// every text is markup, a mark's `render` that smuggles elements in, prose that spells out markup. Every
// page it publishes is opened in Chromium; none may open a dialog, go anywhere else, or ask another host
// for anything.
const fixtures = join(projectRoot, "test/fixtures");
let root: string;
let server: StaticServer;
let pages: string[];
const chromium = chromiumForFile();

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), "recount-hostile-"));
  await cp(join(fixtures, "valid-base"), content, { recursive: true });
  await cp(join(fixtures, "hostile-site"), content, { recursive: true });
  root = await fixtureProject(content);
  await rm(content, { recursive: true, force: true });
  const dist = join(root, "dist");
  const build = await astroBuild(root, dist);
  if (build.code !== 0) throw new Error(`the hostile site did not build:\n${build.output}`);
  pages = (await readdir(dist, { recursive: true }))
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`)
    .sort();
  server = await serve(dist);
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

test("every page of the hostile site opens no dialog, goes nowhere else and asks no other host", async () => {
  expect(pages).toContain("/filings/demo-2024-03-28-20f/hostile/");
  const seen: string[] = [];
  // All pages at once: each waits its second after the load alongside the others.
  await Promise.all(
    pages.map(async (path) => {
      const page = await chromium.newPage();
      const url = new URL(path, server.origin).href;
      page.on("dialog", (dialog) => {
        seen.push(`${path}: a ${dialog.type()} dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame() && frame.url() !== url) seen.push(`${path}: navigated to ${frame.url()}`);
      });
      await page.route("**/*", (route) => {
        const requested = route.request().url();
        if (new URL(requested).origin === server.origin || /^(data|blob|about):/.test(requested))
          return route.continue();
        seen.push(`${path}: asked for ${requested}`);
        return route.abort("blockedbyclient");
      });
      try {
        await page.goto(url, { waitUntil: "load" });
        // A refresh, a timer or an animation would act after the load: give them a second.
        await page.waitForTimeout(1_000);
      } finally {
        await page.close();
      }
    }),
  );
  expect(seen).toEqual([]);
});

test("the hostile chart is published, its texts shown as text", async () => {
  const page = await chromium.newPage();
  try {
    await page.goto(new URL("/filings/demo-2024-03-28-20f/hostile/", server.origin).href);
    const figure = page.locator("figure#chart-hostile");
    // Three drawings, of which the page shows the one that fits.
    expect(await figure.locator(".chart-variants > svg").count()).toBe(3);
    expect(await figure.locator(".chart-variants > svg:visible").count()).toBe(1);
    await expect(figure.locator("figcaption").textContent()).resolves.toBe(
      "<img src=https://example.com/caption.png onerror=alert('caption')>",
    );
    expect(await figure.locator("table").textContent()).toContain("<script>alert('tick')</script>");
    expect(await page.locator("script").count()).toBe(
      await page.locator("script[src], script[type='application/ld+json']").count(),
    );
  } finally {
    await page.close();
  }
});
