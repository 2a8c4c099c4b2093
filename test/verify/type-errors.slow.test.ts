import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { verify } from "#engine/verify/verify.ts";
import { fixtureProject, projectRoot } from "../support/astro.ts";

const page = [
  "---",
  "title: Typed",
  "order: 99",
  "description: A page whose cell runs but does not type-check.",
  "---",
  "",
  "```ts cell",
  'const wrong: number = fact("leverage.2024-06-30");',
  "```",
  "",
].join("\n");

test("a cell with a type error fails verification at its page line, though it runs", async () => {
  const root = await fixtureProject(join(projectRoot, "content"));
  try {
    await writeFile(join(root, "content/filings/qfin-2024-09-27-6k/pages/99-typed.mdx"), page);
    const { errors } = await verify(root);
    expect(errors.map((error) => error.format())).toMatchInlineSnapshot(`
      [
        "content/filings/qfin-2024-09-27-6k/pages/99-typed.mdx:8:7
      cell 1 has a type error: Type 'Fact' is not assignable to type 'number'. (TS2322)

         6 | 
         7 | \`\`\`ts cell
      >  8 | const wrong: number = fact("leverage.2024-06-30");
         9 | \`\`\`
        10 | 

      hint: fix the types at the marked line",
      ]
    `);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
