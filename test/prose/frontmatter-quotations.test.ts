import { describe, expect, test } from "vitest";
import { frontmatterQuotations } from "#engine/page/prose.ts";

describe("quotations in the frontmatter fields a reader sees", () => {
  const page = [
    "---",
    "title: A section",
    'description: It says "one thing".',
    "claim:",
    "  allegation: >-",
    "    The report claimed things, as the release",
    '    describes it, calling them "a quoted phrase".',
    "  answer: “Typographic words” of the company.",
    "  summary: No quotation here.",
    "---",
    "",
    'Prose "is read elsewhere".',
  ].join("\n");
  const shown = (fields: string[]) =>
    frontmatterQuotations(page, fields).map(({ pieces, line }) => ({
      text: pieces.map((piece) => (piece.kind === "text" ? piece.text : "")).join(""),
      line,
    }));

  test("reads the claim card's fields by their path, a folded value whole, at the line where it starts", () => {
    expect(shown(["claim.allegation", "claim.answer", "claim.summary", "description"])).toEqual([
      { text: "a quoted phrase", line: 5 },
      { text: "Typographic words", line: 8 },
      { text: "one thing", line: 3 },
    ]);
  });

  test("reads only the fields it is given, and no page without frontmatter", () => {
    expect(shown(["description"])).toEqual([{ text: "one thing", line: 3 }]);
    expect(frontmatterQuotations('Just "prose".', ["description"])).toEqual([]);
  });
});
