import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { checkNotebookTypes } from "../../src/notebook/check-types.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const page = (...lines: string[]) => lines.join("\n");

test("type errors of cells are errors at their page lines, with imports relative to the page", async () => {
  const declarations = "declare const check: (label: string) => void;\n";
  const pages = [
    {
      file: "test/notebook/fixtures/typed.mdx",
      text: page("---", "title: x", "---", "", "```ts cell", 'import { millions } from "./revenue.ts";', "const revenue = millions(2);", "```", "", "```ts cell", "const share: number = revenue;", "check(share, 3);", "```"),
    },
    { file: "test/notebook/fixtures/fine.mdx", text: page("```ts cell", 'import Decimal from "decimal.js";', "const share: number = new Decimal(1).toNumber();", 'check("ok");', "```") },
  ];
  const errors = await checkNotebookTypes(pages, { root, declarations });
  expect(errors.map((error) => error.format())).toMatchInlineSnapshot(`
    [
      "test/notebook/fixtures/typed.mdx:11:7
    cell 2 has a type error: Type 'Decimal' is not assignable to type 'number'. (TS2322)

       9 | 
      10 | \`\`\`ts cell
    > 11 | const share: number = revenue;
      12 | check(share, 3);
      13 | \`\`\`

    hint: fix the types at the marked line",
      "test/notebook/fixtures/typed.mdx:12:14
    cell 2 has a type error: Expected 1 arguments, but got 2. (TS2554)

      10 | \`\`\`ts cell
      11 | const share: number = revenue;
    > 12 | check(share, 3);
      13 | \`\`\`

    hint: fix the types at the marked line",
    ]
  `);
});
