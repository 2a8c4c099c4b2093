import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestPassage } from "#engine/facts/closest-passage.ts";
import { plain, plainText } from "#engine/facts/plain.ts";
import { excerpt, lineColumn, occurrences, readSource, sourceSpan } from "#engine/facts/source.ts";

const raw = "**REPORT**\nthe Company has spent more than US\\$300\nmillion   to repurchase\n\nthe Company’s board\n";

describe("plain", () => {
  it("resolves escapes, drops bold markers and reads whitespace runs as one space", () => {
    expect(plain(raw).text).toBe(
      "REPORT the Company has spent more than US$300 million to repurchase the Company’s board ",
    );
  });

  it("maps every character back to where it is in the raw text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "$", "\\", "*", " ", "\n", "\t", "1") }), (text) => {
        const { text: read, offsets } = plain(text);
        expect(offsets).toHaveLength(read.length);
        for (const [i, char] of [...read].entries()) {
          if (char === " ") expect(text[offsets[i]!]).toMatch(/\s/);
          else expect(text[offsets[i]!]).toBe(char);
        }
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      }),
    );
  });

  it("reads a passage the same way for plainText, which skips the work for text that is plain already", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\\", "$", "*", " ", "\n", "\t", "\u00a0") }), (text) => {
        expect(plainText(text)).toBe(plain(text).text.trim());
      }),
    );
  });
});

describe("readSource", () => {
  const source = readSource(raw, "acme/source.txt");

  it("finds a quote typed with $ for \\$, any whitespace, and straight quotes for curly ones", () => {
    expect(occurrences(source, "spent  more than\nUS$300 million")).toHaveLength(1);
    expect(occurrences(source, "spent more than US\\$300 million")).toHaveLength(1);
    expect(occurrences(source, "the Company's board")).toHaveLength(1);
    expect(occurrences(source, "the Company")).toHaveLength(2);
    expect(occurrences(source, "spent more than US$300 billion")).toHaveLength(0);
  });

  it("maps a passage back to its raw span and line", () => {
    const [start] = occurrences(source, "US$300 million");
    const span = sourceSpan(source, start!, start! + "US$300 million".length);
    expect(raw.slice(span.start, span.end)).toBe("US\\$300\nmillion");
    expect(span.line).toBe(2);
  });

  it("gives 1-based lines and columns", () => {
    expect(lineColumn(source, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(source, raw.indexOf("million"))).toEqual({ line: 3, column: 1 });
    expect(lineColumn(source, raw.indexOf("board"))).toEqual({ line: 5, column: 15 });
    expect(lineColumn(source, raw.length)).toEqual({ line: 6, column: 1 });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\n") }), fc.nat(), (text, at) => {
        const offset = at % (text.length + 1);
        const before = text.slice(0, offset).split("\n");
        expect(lineColumn(readSource(text, "x"), offset)).toEqual({
          line: before.length,
          column: before.at(-1)!.length + 1,
        });
      }),
    );
  });

  it("shows a passage with a few words either side", () => {
    const [start] = occurrences(source, "US$300");
    expect(excerpt(source, start!, start! + 6, { context: 12 })).toBe("…more than US$300 million to…");
  });
});

describe("closestPassage", () => {
  it("is the passage with the fewest edits from the query", () => {
    const text = "total revenues of RMB 17.0 billion in 2022 and RMB 16.0 billion in 2023";
    const { start, end } = closestPassage(text, "total revenue of RMB 17.0 billion in 2021");
    expect(text.slice(start, end)).toBe("total revenues of RMB 17.0 billion in 202");
  });

  it("finds an exact passage exactly", () => {
    const text = "abc needle def";
    expect(closestPassage(text, "needle")).toEqual({ start: 4, end: 10 });
  });
});
