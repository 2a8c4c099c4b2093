import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { Ledger } from "#engine/checks/index.ts";
import { createNotebookGlobals } from "#engine/notebook/globals.ts";
import { runNotebook } from "#engine/notebook/run-notebook.ts";
import { outputKind } from "#engine/notebook/output-kind.ts";
import { rejectedError } from "../support/thrown.ts";
import { patience } from "../support/patience.ts";

// What an adversarial editor tried against the gate (issue 14): each must fail at its page line, or be
// powerless, while the checks keep their verdicts.
const root = fileURLToPath(new URL("../..", import.meta.url));
const file = "content/filings/qfin-2024-09-27-6k/pages/99-sandbox.mdx";
const filing = "qfin-2024-09-27-6k";

/** Runs cells as a page of the QFIN filing, with the real check API, recording into `ledger`. */
function run(cells: readonly string[], { ledger = new Ledger(), timeout }: { ledger?: Ledger; timeout?: number } = {}) {
  const text = ["---", "title: x", "---", ...cells.flatMap((code) => ["", "```ts cell", code, "```"])].join("\n");
  const notebook = runNotebook({
    file,
    root,
    text,
    timeout,
    globals: ({ locate }) => createNotebookGlobals({ file, filing, locate, ledger, root }),
  });
  return { notebook, ledger };
}

/** The QFIN figures of SAMR revenue for 2022 and 2023 differ: a check that they are equal fails. */
const failingCheck =
  'check("sandbox.unequal", fact("samr.revenue.2022"), fact("samr.revenue.2023"), { label: "two different years" })';

describe("cells cannot subvert the checks", () => {
  test("patching the decimal prototype of a figure's copy changes no verdict, on this page or the next", async () => {
    const patched = run([
      `const value = fact("samr.revenue.2022").value;\nfor (const name of ["lte", "gte", "lt", "gt", "eq", "cmp", "comparedTo"]) (Object.getPrototypeOf(value) as any)[name] = () => true;\n${failingCheck}`,
    ]);
    await patched.notebook;
    expect(patched.ledger.results().map(({ status }) => status)).toEqual(["inconsistent"]);
    expect(patched.ledger.failures()).toHaveLength(1);
    // The host's decimals are untouched, and another page compares as it should.
    expect(new Decimal(2).lte(1)).toBe(false);
    const next = run([failingCheck]);
    await next.notebook;
    expect(next.ledger.results().map(({ status }) => status)).toEqual(["inconsistent"]);
  });

  test("a figure's copy is frozen, and a plain object copying one is refused where a figure is expected", async () => {
    const { notebook, ledger } = run([
      'const copy = fact("samr.revenue.2022");\nObject.isFrozen(copy);\n(copy as any).hi = 0;',
    ]);
    expect((await rejectedError(notebook)).message).toMatch(
      /^cell 1 threw TypeError: Cannot assign to read only property 'hi'/,
    );
    const forged = run([
      `const real = fact("samr.revenue.2023");\nconst forged = { ...real };\ncheck("sandbox.forged", forged, real, { label: "forged" })`,
    ]);
    const error = await rejectedError(forged.notebook);
    expect(error.format()).toMatch(
      /^content\/filings\/qfin-2024-09-27-6k\/pages\/99-sandbox\.mdx:8:1\ncheck\(\) takes a figure as its second argument, and this is not one/,
    );
    expect(forged.ledger.results()).toEqual([]);
    expect(ledger.results()).toEqual([]);
  });

  test("reassigning an injected name is an error at its line", async () => {
    const error = await rejectedError(run(["// @ts-ignore\nfact = () => ({ lo: 0, hi: 0 });"]).notebook);
    expect(error.location).toMatchObject({ file, line: 7 });
    expect(error.message).toBe("cell 1 threw TypeError: Assignment to constant variable.");
  });

  test("a failing check is recorded when it is made, even if the cell catches what it throws", async () => {
    const ledger = new Ledger({ onFailure: "throw" });
    const { notebook } = run([`try { ${failingCheck} } catch {}\n1`], { ledger });
    await notebook;
    expect(ledger.failures()).toHaveLength(1);
  });

  test.each([
    ["process.exit(0)", "process"],
    ['process.getBuiltinModule("node:fs").readFileSync("/etc/passwd", "utf8")', "process"],
    ["process.env.HOME", "process"],
    ['require("node:child_process").execSync("id")', "require"],
    ['require("node:net").connect(80, "example.com")', "require"],
    ['require("node:fs").writeFileSync("public/planted.html", "<script>alert(1)</script>")', "require"],
    ["Buffer.from('x')", "Buffer"],
  ])("%s is an error at its line: the page has no %s", async (code, name) => {
    const error = await rejectedError(run([`${failingCheck};\n${code}`]).notebook);
    expect(error.format()).toContain(`pages/99-sandbox.mdx:7:1\ncell 1 threw ReferenceError: ${name} is not defined`);
    expect(error.hint).toMatch(
      /cells run in a sandbox without `\w+`: no files, network, environment, processes or timers/,
    );
    expect(existsSync(`${root}public/planted.html`)).toBe(false);
  });

  test.each([
    ['globalThis.constructor.constructor("return process")()'],
    ['({}).constructor.constructor("return process")()'],
    ['(async () => {}).constructor("return process")()'],
    ['eval("process")'],
  ])("%s cannot make code: the context allows no code from strings", async (code) => {
    const error = await rejectedError(run([code]).notebook);
    expect(error.message).toBe("cell 1 threw EvalError: Code generation from strings disallowed for this context");
    expect(error.hint).toMatch(/cannot make code from strings/);
  });

  test("an error the host answers with is the context's own, as is everything a cell receives", async () => {
    const { notebook } = await run([
      'let caught: unknown;\ntry { fact("no.such.fact") } catch (error) { caught = error; }\nconst own = caught instanceof Error && (caught as Error).constructor === Error;\nconst figure = fact("samr.revenue.2022");\nconst figureOwn = figure.constructor === Object && figure.value.constructor.constructor === Function && Object.getPrototypeOf(check) === Function.prototype;\n[own, figureOwn]',
    ]);
    expect((await notebook).cells[0]!.output).toEqual([true, true]);
  });

  test("a `then` a cell puts on the prototypes is never called by the host", async () => {
    const { notebook } = run([
      '(Object.prototype as any).then = (resolve: (value: unknown) => void) => resolve(1);\n(Array.prototype as any).then = (Object.prototype as any).then;\nconst after = fact("samr.revenue.2022").printed;\nafter',
    ]);
    const page = await notebook;
    expect(page.cells[0]!.output).toMatch(/^RMB/);
    expect("then" in {}).toBe(false);
  });

  test("a check in a timer is refused at its line", async () => {
    const { notebook, ledger } = run([`setTimeout(() => ${failingCheck}, 8000);`]);
    const error = await rejectedError(notebook);
    expect(error.format()).toMatch(
      /^content\/filings\/qfin-2024-09-27-6k\/pages\/99-sandbox\.mdx:6:1\ncell 1 threw Error: setTimeout\(\) is not available to cells/,
    );
    expect(ledger.results()).toEqual([]);
  });
});

describe("limits", () => {
  test("an endless loop ends at the page's limit, at the cell that was running", async () => {
    const error = await rejectedError(
      run(["const a = 1;", "let n = 0;\nwhile (true) { n++; }"], { timeout: 200 }).notebook,
    );
    expect(error.format()).toMatch(
      /^content\/filings\/qfin-2024-09-27-6k\/pages\/99-sandbox\.mdx:10\nthe page used more than its limit of 200 ms of CPU time: cell 2 was still running/,
    );
    expect(error.hint).toMatch(/"cellTimeout"/);
  });

  test("an endless chain of awaits ends at the limit too", async () => {
    const error = await rejectedError(run(["for (;;) await null;"], { timeout: 200 }).notebook);
    expect(error.message).toMatch(/^the page used more than its limit of 200 ms of CPU time: cell 1 was still running/);
  });

  test("an await that never settles is an error at its cell", async () => {
    const error = await rejectedError(run(["const a = 1;", "await new Promise(() => {});"]).notebook);
    expect(error.format()).toMatch(
      /^content\/filings\/qfin-2024-09-27-6k\/pages\/99-sandbox\.mdx:10\ncell 2 awaits a promise that never settles, so the page never ends/,
    );
  });

  test("a throw in a rejected promise, awaited or not, is at its page line", async () => {
    const awaited = await rejectedError(
      run(["const a = 1;", 'await (async () => {\n  await null;\n  throw new Error("late");\n})();']).notebook,
    );
    expect(awaited.location).toEqual({ file, line: 12, column: 9 });
    const unhandled = await rejectedError(
      run(["const a = 1;", '(async () => {\n  await null;\n  throw new Error("unhandled");\n})();\n2']).notebook,
    );
    expect(unhandled.location).toEqual({ file, line: 12, column: 9 });
    expect(unhandled.message).toBe("cell 2 threw Error: unhandled");
  });

  const unrepeatable = ["Math.random()", "Date.now()", "new Date()", "Date()"];
  const clockFormats = ['new Intl.DateTimeFormat("en-US").format()', "Intl.DateTimeFormat().formatToParts()"];
  test.for([...unrepeatable, ...clockFormats])("%s is refused: two builds must be byte-identical", async (code) => {
    const error = await rejectedError(run([code]).notebook);
    expect(error.location).toMatchObject({ file, line: 6 });
    expect(error.message).toMatch(/is not available to cells$/);
    expect(error.hint).toMatch(/two builds must give the same page/);
  });

  test("cells run in UTC whatever zone the process was in (on the main thread, as in astro dev)", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const { notebook } = run(['[new Date("2024-09-27").getDate(), new Date(2024, 8, 27).toISOString()]']);
      expect((await notebook).cells[0]!.output).toEqual([27, "2024-09-27T00:00:00.000Z"]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test("a date given as text still works, and nothing that depends on the collector is there", async () => {
    const { notebook } = run([
      '[new Date("2024-09-27").toISOString(), typeof WeakRef, typeof FinalizationRegistry, typeof SharedArrayBuffer]',
    ]);
    expect((await notebook).cells[0]!.output).toEqual([
      "2024-09-27T00:00:00.000Z",
      "undefined",
      "undefined",
      "undefined",
    ]);
  });
});

describe("charts", () => {
  test("an object shaped like a chart is data, not a chart", async () => {
    const { notebook } = run([
      '({ kind: "chart", id: "x", caption: "c", description: "d", svg: "<svg><script>alert(1)</script></svg>", legend: "", table: { columns: [], rows: [] }, csv: "", csvName: "../../../x.html" })',
    ]);
    const output = (await notebook).cells[0]!.output;
    expect(outputKind(output).kind).toBe("text");
  });

  test("a chart made by chart() is a chart, with its CSV named by the host", async () => {
    const { notebook } = run([
      'chart({ id: "bars", caption: "c", description: "d", data: [{ a: "x", b: 1 }], marks: [Plot.barY([{ a: "x", b: 1 }], { x: "a", y: "b" })] })',
    ]);
    const output = (await notebook).cells[0]!.output;
    expect(outputKind(output)).toMatchObject({ kind: "chart", value: { id: "bars", csvName: "bars.csv" } });
  });

  test("markup a custom mark draws that charts never do is refused", async () => {
    const mark =
      '(_index: unknown, _scales: unknown, _values: unknown, _dimensions: unknown, context: any) => { const g = context.document.createElementNS("http://www.w3.org/2000/svg", "g"); g.setAttribute("onload", "alert(1)"); return g; }';
    const error = await rejectedError(
      run([`chart({ id: "evil", caption: "c", description: "d", data: [], marks: [${mark}] })`]).notebook,
    );
    expect(error.message).toBe('chart "evil" has an event handler (onload) in its variants.svg');
    expect(error.location).toMatchObject({ file, line: 6 });
  });
});

// Issue 28: what a page throws, rejects, patches or builds never reaches the host's code; each ends as a
// located error or as the right verdict.
describe("the boundary", () => {
  const inspectHook =
    '{ [Symbol.for("nodejs.util.inspect.custom")]: (_depth: unknown, _options: unknown, inspect: any) => { inspect.constructor("return process")().env.RECOUNT_ESCAPED = "yes"; return "x"; } }';

  test("a Promise subclass's rejection nothing handles is an error at the page, inspected by no one", async () => {
    const error = await rejectedError(
      run(["const a = 1;", `class Sub extends Promise<unknown> {}\nSub.reject(${inspectHook});\n2`]).notebook,
    );
    expect(error.location).toMatchObject({ file, line: 10 });
    expect(error.message).toMatch(/^cell 2 threw/);
    expect(process.env.RECOUNT_ESCAPED).toBeUndefined();
  });

  test("a thrown object with an inspect hook is an error at its line, inspected by no one", async () => {
    const error = await rejectedError(run([`const a = 1;\nthrow ${inspectHook};`]).notebook);
    // A thrown value that is not an Error has no stack: it is placed at its cell.
    expect(error.location).toMatchObject({ file, line: 6 });
    expect(error.message).toBe("cell 1 threw [object Object]");
    expect(process.env.RECOUNT_ESCAPED).toBeUndefined();
  });

  test("Object.prototype.toJSON set before a request rewrites no message: the failing check after it fails", async () => {
    const ledger = new Ledger();
    const forged = '() => ({ op: "done", scope: ["o", []] })';
    const { notebook } = run(
      [`(Object.prototype as any).toJSON = ${forged};\n(Array.prototype as any).toJSON = ${forged};`, failingCheck],
      { ledger },
    );
    await notebook;
    expect(ledger.results().map(({ status }) => status)).toEqual(["inconsistent"]);
    expect(ledger.failures()).toHaveLength(1);
  });

  test("patched Promise.prototype.then and Array.prototype.map change no verdict and no output", async () => {
    const ledger = new Ledger();
    const { notebook } = run(
      [
        '(Promise.prototype as any).then = function () { return this; };\n(Array.prototype as any).map = () => [["h", 0]];\nconst list = [1, 2];\nlist',
        `${failingCheck}.status`,
      ],
      { ledger },
    );
    const page = await notebook;
    expect(page.cells.map(({ output }) => output)).toEqual([[1, 2], "inconsistent"]);
    expect(ledger.failures()).toHaveLength(1);
  });

  test("a cell cannot reach the runtime to replace another cell's output, and a check's shape is not a check", async () => {
    const named = await rejectedError(run(["1", '__recount.out(0, "forged")']).notebook);
    expect(named.message).toBe("cell 2 names `__recount`, which is the notebook's own");
    expect(named.location).toMatchObject({ file, line: 10 });
    const viaArguments = await rejectedError(run(["1", '(arguments as any)[1].out(0, "forged")']).notebook);
    expect(viaArguments.message).toBe("cell 2 threw ReferenceError: arguments is not defined");
    const shaped = await run([
      'const real = fact("samr.revenue.2022");\n({ status: "exact", id: "forged", label: "forged", computed: real, disclosed: real, filing: "qfin-2024-09-27-6k" })',
    ]).notebook;
    expect(outputKind(shaped.cells[0]!.output).kind).not.toBe("check");
  });

  test("an output nested 3,000 deep is an error at its line, not a stack overflow in the host", async () => {
    const error = await rejectedError(
      run(["let deep: unknown = 1;\nfor (let i = 0; i < 3000; i++) deep = [deep];\ndeep"]).notebook,
    );
    expect(error.location).toMatchObject({ file, line: 8 });
    expect(error.message).toMatch(/nested this deep cannot leave a page/);
  });

  test(
    "an output too large to carry is an error at its line",
    async () => {
      const error = await rejectedError(run(["const a = 1;", 'const text = "x".repeat(40_000_000);\ntext']).notebook);
      expect(error.location).toMatchObject({ file, line: 11 });
      expect(error.message).toBe("cell 2 threw Error: a value too large to leave a page (over 32 MB as text)");
    },
    patience,
  );

  test(
    "a runaway allocation ends the page's process, not the build, as an error at its cell",
    async () => {
      const error = await rejectedError(
        run(["const a = 1;", "const all: unknown[] = [];\nfor (;;) all.push({ x: new Array(100).fill(1) });"], {
          timeout: 20_000,
        }).notebook,
      );
      expect(error.location).toMatchObject({ file, line: 10 });
      expect(error.message).toMatch(
        /^the page used more than its (memory limit of 512 MB|limit of 20000 ms of CPU time)/,
      );
      // The next page runs as usual.
      expect((await run(["1 + 1"]).notebook).cells[0]!.output).toBe(2);
    },
    patience,
  );
});
