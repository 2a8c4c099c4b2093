import { describe, expect, test } from "vitest";
import { toc } from "#site/toc.ts";

const heading = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replaceAll(" ", "-") });

describe("toc, a page's contents from its headings", () => {
  test("puts each h3 under the h2 before it", () => {
    expect(
      toc([heading(2, "Provisions"), heading(3, "New loans"), heading(3, "Write-backs"), heading(2, "Leverage")]),
    ).toEqual([
      {
        slug: "provisions",
        text: "Provisions",
        children: [
          { slug: "new-loans", text: "New loans", children: [] },
          { slug: "write-backs", text: "Write-backs", children: [] },
        ],
      },
      { slug: "leverage", text: "Leverage", children: [] },
    ]);
  });

  test("keeps an h3 that comes before any h2 at the top", () => {
    expect(toc([heading(3, "Note"), heading(2, "Provisions")]).map((entry) => entry.slug)).toEqual([
      "note",
      "provisions",
    ]);
  });

  test("leaves out the page title and headings below h3", () => {
    expect(toc([heading(1, "Title"), heading(2, "Provisions"), heading(4, "Detail")])).toEqual([
      { slug: "provisions", text: "Provisions", children: [] },
    ]);
  });
});
