import { describe, expect, test } from "vitest";
import { build, links, page } from "../support/dist.ts";

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

  test("a page's frontmatter slug names its address; a page without one is named by its file", async () => {
    const underBase = build("distUnderBase");
    const filing = await page("/filings/qfin-2024-09-27-6k/", underBase);
    expect(links(filing)).toContain("/recount/filings/qfin-2024-09-27-6k/tables/"); // 90-fixture-tables.mdx, slug: tables
    expect(links(filing)).toContain("/recount/filings/qfin-2024-09-27-6k/fixture-notes/");
    expect(links(filing)).not.toContain("/recount/filings/qfin-2024-09-27-6k/fixture-tables/");
    expect(await page("/filings/qfin-2024-09-27-6k/tables/", underBase)).toContain("<h1>Provisions in a table</h1>");
  });
});
