import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { type Location, RecountError } from "#engine/diagnostics/recount-error.ts";
import { type RunOptions, runNotebook } from "#engine/notebook/run-notebook.ts";
import { rejected } from "../support/thrown.ts";
import { frontmatter, page } from "./page.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
/** Not a file: the pages are given as text. */
const file = "test/notebook/fixtures/page.mdx";

/** A fresh `globals` each time, so that no run reuses an earlier one's memo. */
function run(text: string, options: Partial<RunOptions> = {}) {
  return runNotebook({ file, root, text, globals: {}, ...options });
}

describe("runNotebook", () => {
  test("runs cells in order in one scope; a cell's output is its final expression", async () => {
    const notebook = await run(
      page(
        "---",
        "title: Provisions",
        "---",
        "",
        "```ts cell",
        "const a = 20;",
        "```",
        "",
        "Prose.",
        "",
        "```ts cell",
        "const b = a + 1;",
        "b * 2",
        "```",
        "```ts cell",
        "function twice(x: number): number { return 2 * x; }",
        "let c = twice(b);",
        "```",
        "```ts cell",
        "c += 1;",
        "c",
        "```",
      ),
    );
    expect(notebook.cells.map(({ hasOutput, output }) => ({ hasOutput, output }))).toEqual([
      { hasOutput: false, output: undefined },
      { hasOutput: true, output: 42 },
      { hasOutput: false, output: undefined },
      { hasOutput: true, output: 43 },
    ]);
    // A function of a cell stays in its page's context: the host holds a description of it.
    expect(notebook.scope).toEqual({ a: 20, b: 21, twice: { opaque: "function twice" }, c: 43 });
  });

  test("shares every name a declaration binds, destructuring included, and no type-only ones", async () => {
    const { scope } = await run(
      page(
        "```ts cell",
        "interface Row { y: number[] }",
        "type Id = string;",
        "const { x, y: [first, ...rest] } = { x: 1, y: [2, 3, 4] };",
        "var v = 1, w = 2;",
        "class Period {}",
        "enum Half { First = 1, Second }",
        "```",
      ),
    );
    expect(Object.keys(scope)).toEqual(["x", "first", "rest", "v", "w", "Period", "Half"]);
    expect(scope).toMatchObject({ x: 1, first: 2, rest: [3, 4], v: 1, w: 2 });
  });

  test("a cell ending in a statement has no output; one ending in an expression has, even if undefined", async () => {
    const { cells } = await run(
      page(
        "```ts cell",
        "if (true) {",
        "  1;",
        "}",
        "```",
        "```ts cell",
        "void 0",
        "```",
        "```ts cell",
        '"a string alone"',
        "```",
        "```ts cell",
        "```",
      ),
    );
    expect(cells.map(({ hasOutput, output }) => ({ hasOutput, output }))).toEqual([
      { hasOutput: false, output: undefined },
      { hasOutput: true, output: undefined },
      { hasOutput: true, output: "a string alone" },
      { hasOutput: false, output: undefined },
    ]);
  });

  test("cells can await at top level, and use TypeScript", async () => {
    const { cells } = await run(
      page(
        "```ts cell",
        "const wait = <T,>(value: T): Promise<T> => Promise.resolve(value);",
        "(await wait(40) as number) + 2",
        "```",
      ),
    );
    expect(cells[0]!.output).toBe(42);
  });

  test("an import, static or dynamic, and `import.meta` are errors at their line: cells import nothing", async () => {
    expect(
      await rejected(
        run(page("Prose.", "```ts cell", "const a = 1;", 'import { readFileSync } from "node:fs";', "```")),
      ),
    ).toMatchInlineSnapshot(`
      "test/notebook/fixtures/page.mdx:4:1
      cell 1 imports a module, but cells import nothing

        2 | \`\`\`ts cell
        3 | const a = 1;
      > 4 | import { readFileSync } from "node:fs";
        5 | \`\`\`

      hint: cells run in a sandbox with only the names the notebook gives them (fact, the checks, Plot, chart…); compute what you need in a cell, or put data in the filing's facts"
    `);
    expect(await rejected(run(page("```ts cell", 'const fs = await import("node:fs");', "```")))).toMatch(
      /^test\/notebook\/fixtures\/page\.mdx:2:18\ncell 1 imports a module, but cells import nothing/,
    );
    expect(await rejected(run(page("```ts cell", "import.meta.url", "```")))).toMatch(
      /^test\/notebook\/fixtures\/page\.mdx:2:1\ncell 1 uses `import.meta`, but cells import nothing/,
    );
  });

  test("a throw is an error at the page line of the statement that threw, with the code around it", async () => {
    const text = page(
      ...frontmatter,
      "```ts cell",
      "const rows = [{ value: 1 }];",
      "```",
      "",
      '```ts cell caption="Total"',
      "const total = rows[0]!.value",
      "  + (rows[1] as { value: number }).value;",
      "total",
      "```",
    );
    expect(await rejected(run(text))).toMatchInlineSnapshot(`
      "test/notebook/fixtures/page.mdx:11:36
      cell 2 threw TypeError: Cannot read properties of undefined (reading 'value')

         9 | \`\`\`ts cell caption="Total"
        10 | const total = rows[0]!.value
      > 11 |   + (rows[1] as { value: number }).value;
        12 | total
        13 | \`\`\`

      hint: fix the marked statement or the values it uses; the error's cause has the full stack"
    `);
  });

  test("a throw inside a function points at the throw, and keeps the stack at page lines", async () => {
    const error = await run(
      page(
        "```ts cell",
        "function check(x: number) {",
        "  if (x > 1) throw new Error(`too big: ${x}`);",
        "}",
        "```",
        "",
        "```ts cell",
        "check(1);",
        "check(2);",
        "```",
      ),
    ).catch((error: unknown) => error);
    expect(error).toBeInstanceOf(RecountError);
    expect((error as RecountError).location).toEqual({ file, line: 3, column: 20 });
    expect((error as RecountError).message).toBe("cell 1 threw Error: too big: 2");
    const { stack } = (error as RecountError).cause as Error;
    expect(stack).toContain(`at check (${file} (notebook):3:20)`);
    expect(stack).toContain(`at ${file} (notebook):9:1`);
  });

  test("a thrown value that is not an Error points at the cell it was thrown in", async () => {
    const error = await run(
      page("```ts cell", "const a = 1;", "```", "```ts cell", "const b = 2;", 'throw "plain string";', "```"),
    ).catch((error: unknown) => error);
    expect(error).toMatchObject({ message: "cell 2 threw 'plain string'", location: { file, line: 5 } });
  });

  test("a RecountError that knows its place (a failed check) passes through as it is", async () => {
    const failed = new RecountError("the check failed", { location: { file: "elsewhere.mdx", line: 7 } });
    const error = await run(page("```ts cell", "fail();", "```"), {
      globals: {
        fail: () => {
          throw failed;
        },
      },
    }).catch((error: unknown) => error);
    expect(error).toBe(failed);
  });

  test("a syntax error is an error at its page line", async () => {
    const text = page(
      ...frontmatter,
      "```ts cell",
      "const a = 1;",
      "```",
      "",
      "```ts cell",
      "const b = {",
      "  a: 1",
      "  c: 2",
      "};",
      "```",
    );
    expect(await rejected(run(text))).toMatchInlineSnapshot(`
      "test/notebook/fixtures/page.mdx:12:3
      cell 2 has a syntax error: Unexpected token, expected ","

        10 | const b = {
        11 |   a: 1
      > 12 |   c: 2
        13 | };
        14 | \`\`\`

      hint: cells are TypeScript; fix the code at the marked line"
    `);
  });

  test("a name declared in two cells, or one the notebook provides, is an error at the second declaration", async () => {
    expect(
      await rejected(run(page("```ts cell", "const total = 1;", "```", "", "```ts cell", "let [total] = [2];", "```"))),
    ).toMatchInlineSnapshot(`
      "test/notebook/fixtures/page.mdx:6:6
      cell 2 declares \`total\` again: cell 1 declares it at line 2

        4 | 
        5 | \`\`\`ts cell
      > 6 | let [total] = [2];
        7 | \`\`\`

      hint: cells share one scope; choose another name, or assign to the existing one without declaring it"
    `);
    expect(await rejected(run(page("```ts cell", "const facts = 1;", "```"), { globals: { facts: [] } }))).toMatch(
      /^test\/notebook\/fixtures\/page\.mdx:2:7\ncell 1 declares `facts`, a name the notebook already provides/,
    );
    // `var` may be declared again, as in an ES module.
    await expect(
      run(page("```ts cell", "var a = 1;", "```", "```ts cell", "var a = 2;", "```")),
    ).resolves.toMatchObject({ scope: { a: 2 } });
  });

  test("an export is an error: cells share names without it", async () => {
    expect(await rejected(run(page("```ts cell", "export const a = 1;", "```")))).toMatch(
      /^test\/notebook\/fixtures\/page\.mdx:2\ncell 1 exports a name, but cells share their names without exports/,
    );
  });
});

describe("locate", () => {
  /** An injected name that records where it is called from, as the check API does. */
  function recorder() {
    const calls: Location[] = [];
    const globals = ({ locate }: { locate: () => Location }) => ({ check: () => void calls.push(locate()) });
    return { calls, globals };
  }

  test("gives the page line of the cell's call to an injected function, through functions of the cells and awaits", async () => {
    const { calls, globals } = recorder();
    await run(
      page(
        ...frontmatter,
        "```ts cell",
        "const a = 1;",
        "check();",
        "```",
        "",
        "```ts cell",
        "function inner() {",
        "  check();",
        "}",
        "inner();",
        "await (async () => { await null; check(); })();",
        "[1].forEach(() =>",
        "  check());",
        "```",
      ),
      { globals },
    );
    expect(calls).toEqual([
      { file, line: 7, column: 1 },
      { file, line: 12, column: 3 },
      { file, line: 15, column: 34 },
      { file, line: 17, column: 3 },
    ]);
  });
});

describe("memo", () => {
  test("runs a page once for the same text, globals and loader", async () => {
    let runs = 0;
    const globals = () => ({ count: () => ++runs });
    const text = page("```ts cell", "count()", "```");
    const first = run(text, { globals });
    expect(run(text, { globals })).toBe(first);
    expect((await run(text, { globals })).cells[0]!.output).toBe(1);
    expect((await run(`${text}\n`, { globals })).cells[0]!.output).toBe(2);
    expect((await run(text, { globals: () => ({ count: () => 0 }) })).cells[0]!.output).toBe(0);
  });

  test("keeps no failed run, since what failed may be fixed without the page changing", async () => {
    const state = { broken: true };
    const globals = { state };
    const text = page("```ts cell", 'if (state.broken) throw new Error("broken");', "```");
    await expect(run(text, { globals })).rejects.toThrow("cell 1 threw Error: broken");
    state.broken = false;
    await expect(run(text, { globals })).resolves.toMatchObject({ file });
  });
});
