import { describe, expect, test } from "vitest";
import { links, page } from "../support/dist.ts";

describe("the built site", () => {
  test("the home page links the QFIN filing", async () => {
    const home = await page("/");
    expect(links(home)).toContain("/filings/qfin-2024-09-27-6k/");
    expect(home).toContain("Qifu Technology");
  });

  test("the filing page lists its sections, each of which was built", async () => {
    const filing = await page("/filings/qfin-2024-09-27-6k/");
    const sections = links(filing).filter((href) => /^\/filings\/qfin-2024-09-27-6k\/[^/]+\/$/.test(href));
    expect(sections.length).toBeGreaterThan(0);
    for (const href of sections) expect(await page(href)).toMatch(/<h1>[^<]+<\/h1>/);
  });
});
