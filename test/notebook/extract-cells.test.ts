import { describe, expect, test } from "vitest";
import { extractCells } from "#engine/page/cells.ts";
import { thrown } from "../support/thrown.ts";
import { frontmatter, page } from "./page.ts";

describe("extractCells", () => {
  test("finds ts and typescript cells with their page lines, after the frontmatter", () => {
    const text = page(
      ...frontmatter,
      "```ts cell",
      "const a = 1;",
      "a",
      "```",
      "",
      "```typescript cell",
      "a + 1",
      "```",
    );
    expect(
      extractCells(text).map(({ index, code, startLine, endLine, openingLine, closingLine }) => ({
        index,
        code,
        startLine,
        endLine,
        openingLine,
        closingLine,
      })),
    ).toEqual([
      { index: 0, code: "const a = 1;\na", startLine: 6, endLine: 7, openingLine: 5, closingLine: 8 },
      { index: 1, code: "a + 1", startLine: 11, endLine: 11, openingLine: 10, closingLine: 12 },
    ]);
  });

  test("skips fences that are not cells, and cells shown inside longer or other fences", () => {
    const text = page(
      "```ts",
      "const plain = 1;",
      "```",
      "````md",
      "```ts cell",
      "shown, not run",
      "```",
      "````",
      "~~~",
      "```ts cell",
      "~~~",
      "```tsx cell",
      "```",
      "```js cell",
      "```",
      "~~~ts cell",
      "tilde",
      "~~~~",
      "```ts cell",
      "backtick",
      "```",
    );
    expect(extractCells(text).map(({ code, startLine }) => ({ code, startLine }))).toEqual([
      { code: "tilde", startLine: 17 },
      { code: "backtick", startLine: 20 },
    ]);
  });

  test("needs a closing fence of the same character, at least as long", () => {
    const text = page("````ts cell", "const a = `x`;", "```", "~~~~", "a", "`````", "after");
    expect(extractCells(text)).toMatchObject([
      { code: "const a = `x`;\n```\n~~~~\na", startLine: 2, endLine: 5, closingLine: 6 },
    ]);
  });

  test("reads a fence indented up to three spaces, and unindents its code by as much", () => {
    const text = page(
      "  ```ts cell",
      "  const a = 1;",
      "    a",
      " b",
      "  ```",
      "    ```ts cell",
      "    indented code, not a fence",
    );
    expect(extractCells(text).map(({ code }) => code)).toEqual(["const a = 1;\n  a\nb"]);
  });

  test("does not take a line with a backtick in its info string for a fence", () => {
    expect(extractCells(page("```ts cell caption=`x`", "a", "```"))).toEqual([]);
  });

  test("frontmatter is not searched for cells", () => {
    expect(extractCells(page("---", "example: |", "  ```ts cell", "  ```", "---", "text"))).toEqual([]);
  });

  test("reads CRLF pages and empty cells", () => {
    expect(extractCells("```ts cell\r\n```\r\n")).toMatchObject([
      { code: "", startLine: 2, endLine: 1, openingLine: 1, closingLine: 2 },
    ]);
  });

  test("reads options: flags and captions, quoted or not", () => {
    const text = page(
      "```ts cell hide collapse finding",
      "```",
      '```ts cell open caption="Net provisions, 2022"',
      "```",
      "```ts cell caption='single' ",
      "```",
      "~~~ts cell caption=bare",
      "~~~",
    );
    expect(extractCells(text).map(({ options }) => options)).toEqual([
      { hide: true, collapse: true, open: false, finding: true, caption: undefined },
      { hide: false, collapse: false, open: true, finding: false, caption: "Net provisions, 2022" },
      { hide: false, collapse: false, open: false, finding: false, caption: "single" },
      { hide: false, collapse: false, open: false, finding: false, caption: "bare" },
    ]);
  });

  test("an unknown option is an error at its fence", () => {
    expect(
      thrown(() =>
        extractCells(page("Text.", "", "```ts cell hdie", "1", "```"), { file: "content/filings/x/pages/p.mdx" }),
      ),
    ).toMatchInlineSnapshot(`
      "content/filings/x/pages/p.mdx:3
      unknown cell option \`hdie\`

        1 | Text.
        2 | 
      > 3 | \`\`\`ts cell hdie
        4 | 1
        5 | \`\`\`

      hint: cells take hide, collapse, open, finding, caption="…""
    `);
  });

  test("a flag with a value, or a caption without one, is an error", () => {
    expect(thrown(() => extractCells(page("```ts cell hide=yes", "```")))).toMatch(
      /the cell option `hide` takes no value, but has "yes"/,
    );
    expect(thrown(() => extractCells(page("```ts cell caption", "```")))).toMatch(
      /the cell option `caption` needs a value/,
    );
  });

  test("a cell never closed is an error at its fence", () => {
    expect(
      thrown(() =>
        extractCells(page("Text.", "", "~~~~ts cell", "const a = 1;", "~~~"), {
          file: "content/filings/x/pages/p.mdx",
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/filings/x/pages/p.mdx:3
      this cell is never closed

        1 | Text.
        2 | 
      > 3 | ~~~~ts cell
        4 | const a = 1;
        5 | ~~~

      hint: end it with a line of ~~~~"
    `);
  });
});
