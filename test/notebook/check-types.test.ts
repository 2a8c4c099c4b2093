import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { cacheFolder } from "#engine/cache/caches.ts";
import { checkNotebookTypes } from "#engine/notebook/check-types.ts";
import { linkModules } from "../support/astro.ts";
import { frontmatter, page } from "./page.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

test("type errors of cells are errors at their page lines, with imports relative to the page", async () => {
  const declarations = "declare global {\n  const check: (label: string) => void;\n}\nexport {};\n";
  const pages = [
    {
      file: "test/notebook/fixtures/typed.mdx",
      text: page(
        ...frontmatter,
        "```ts cell",
        'import { millions } from "./revenue.ts";',
        "const revenue = millions(2);",
        "```",
        "",
        "```ts cell",
        "const share: number = revenue;",
        "check(share, 3);",
        "```",
      ),
    },
    {
      file: "test/notebook/fixtures/fine.mdx",
      text: page(
        "```ts cell",
        'import Decimal from "decimal.js";',
        "const share: number = new Decimal(1).toNumber();",
        'check("ok");',
        "```",
      ),
    },
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

test("a cell that starts with a bracket does not continue the cell before, as when the page runs", async () => {
  const text = page(
    "```ts cell",
    "const rate: number = 2",
    "```",
    "",
    "```ts cell",
    "[rate]",
    "```",
    "",
    "```ts cell",
    "(rate)",
    "```",
  );
  expect(await checkNotebookTypes([{ file: "test/notebook/fixtures/brackets.mdx", text }], { root })).toEqual([]);
});

test("a check that found nothing runs again once a file it read has changed", async () => {
  const project = await mkdtemp(join(tmpdir(), "recount-types-"));
  try {
    for (const entry of ["node_modules", "tsconfig.json"]) await symlink(join(root, entry), join(project, entry));
    const pages = [
      {
        file: "page.mdx",
        text: page("```ts cell", 'import { rate } from "./rate.ts";', "const doubled: number = rate * 2;", "```"),
      },
    ];
    await writeFile(join(project, "rate.ts"), "export const rate: number = 1;\n");
    expect(await checkNotebookTypes(pages, { root: project })).toEqual([]);
    await writeFile(join(project, "rate.ts"), 'export const rate: string = "1";\n');
    expect((await checkNotebookTypes(pages, { root: project })).map((error) => error.message)).toMatchInlineSnapshot(`
      [
        "cell 1 has a type error: The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type. (TS2362)",
      ]
    `);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});

test("a check that found nothing in one project serves another with the same files, not one whose differ", async () => {
  const projects = await Promise.all([1, 2, 3].map(() => mkdtemp(join(tmpdir(), "recount-types-"))));
  const [first, second, third] = projects as [string, string, string];
  // Declarations that name a file of the project by its path, as the real ones name the cells' API.
  const declarations = (project: string) =>
    `declare global {\n  const rate: import(${JSON.stringify(join(project, "rate.ts"))}).Rate;\n}\nexport {};\n`;
  const pages = [{ file: "page.mdx", text: page("```ts cell", "const doubled: number = rate * 2;", "```") }];
  // The three share one cache folder, of their own, as the tests' throwaway projects share the project's.
  const types = cacheFolder(first, "types");
  const records = async () => (existsSync(types) ? await readdir(types) : []);
  try {
    await linkModules(first, new Set([".cache"]));
    for (const [index, project] of projects.entries()) {
      if (project !== first) await symlink(join(first, "node_modules"), join(project, "node_modules"));
      await symlink(join(root, "tsconfig.json"), join(project, "tsconfig.json"));
      await writeFile(join(project, "rate.ts"), `export type Rate = ${index === 2 ? "string" : "number"};\n`);
    }
    expect(await checkNotebookTypes(pages, { root: first, declarations: declarations(first) })).toEqual([]);
    const made = await records();
    expect(made).toHaveLength(1);
    const written = (await stat(join(types, made[0]!))).mtimeMs;
    expect(await checkNotebookTypes(pages, { root: second, declarations: declarations(second) })).toEqual([]);
    // Served, not made again: tsc did not run.
    expect(await records()).toEqual(made);
    expect((await stat(join(types, made[0]!))).mtimeMs).toBe(written);
    const errors = await checkNotebookTypes(pages, { root: third, declarations: declarations(third) });
    expect(errors.map((error) => error.message)).toHaveLength(1);
  } finally {
    for (const project of projects) await rm(project, { recursive: true, force: true });
  }
});
