import { describe, expect, test } from "vitest";
import { markupTexts } from "#engine/charts/markup.ts";

describe("markupTexts", () => {
  test("reads a drawing's words as a reader sees them: entities decoded, a label's lines as one text, no style", () => {
    const svg =
      "<svg><style>.a{fill:red}</style><g><text>RMB <tspan>million</tspan></text><title>&#8220;a record&#8221;</title></g></svg>";
    expect(markupTexts(svg)).toEqual(["RMB million", "“a record”"]);
  });

  test("reads a legend's labels, each a text of its own", () => {
    expect(markupTexts("<div><span><svg><rect/></svg>Loans</span><span>Fees &amp; more</span></div>")).toEqual([
      "Loans",
      "Fees & more",
    ]);
  });
});
