import { describe, expect, it } from "vitest";
import { decodeText } from "#engine/text/read-text.ts";
import { thrown } from "../support/thrown.ts";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

function refusal(input: Uint8Array, options: { empty?: string } = {}): string {
  return thrown(() => decodeText(input, "x.txt", options));
}

describe("decodeText", () => {
  it("reads UTF-8, fullwidth digits and all", () => {
    expect(decodeText(bytes("１２ branches, café\n"), "x.txt")).toBe("１２ branches, café\n");
  });

  it("names the line of the first byte that is not UTF-8", () => {
    expect(refusal(bytes("one\ntwo\ncaf", [0xe9], "\nfour"))).toMatch(
      /^x\.txt:3\nthe file holds bytes that are not UTF-8 text/,
    );
    // A sequence cut short by the end of the file is refused too, at its line.
    expect(refusal(bytes("one\ntwo ", [0xe2, 0x82]))).toMatch(/^x\.txt:2\n/);
  });

  it("refuses a byte-order mark, which would hide a page's frontmatter", () => {
    expect(refusal(bytes([0xef, 0xbb, 0xbf], "---\ntitle: x\n"))).toMatch(
      /^x\.txt:1\nthe file starts with a byte-order mark/,
    );
  });

  it("refuses a file of whitespace only when told what belongs in it", () => {
    expect(decodeText(bytes(" \n"), "x.txt")).toBe(" \n");
    expect(refusal(bytes(" \n\t\n"), { empty: "paste in the text" })).toBe(
      "x.txt:1\nthe file is empty\n\nhint: paste in the text",
    );
  });
});
