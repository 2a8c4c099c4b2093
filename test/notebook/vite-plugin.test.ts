import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import { build } from "astro";
import { describe, expect, test } from "vitest";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { recountNotebooks } from "#build/notebooks/vite-plugin.ts";
import { page } from "./page.ts";

const project = fileURLToPath(new URL("../..", import.meta.url));
const site = fileURLToPath(new URL("fixtures/site", import.meta.url));

type Handler = (this: unknown, ...args: unknown[]) => unknown;

/** The plugin as Vite would set it up for a project at `root`, with its hooks callable. */
function setUp(root: string) {
  const plugin = recountNotebooks();
  (plugin.configResolved as Handler).call({}, { root, plugins: [plugin, { name: "@mdx-js/rolldown" }] });
  const hook = (name: "transform" | "load" | "resolveId") => (plugin[name] as { handler: Handler }).handler;
  return {
    transform: (code: string, id: string) => hook("transform").call({}, code, id) as { code: string } | undefined,
    resolveId: (id: string) => hook("resolveId").call({}, id) as string,
    load: (id: string, resolve: (specifier: string, importer: string) => unknown) =>
      hook("load").call({ resolve }, id) as Promise<string>,
    plugin,
  };
}

describe("recountNotebooks", () => {
  test("rewrites a filing's page: cells become <Cell>s, names in prose <Value>s, every line in place", () => {
    const { transform } = setUp("/project");
    const text = page(
      "---",
      "title: Provisions",
      "---",
      'import Note from "./note.astro";',
      "",
      "# Provisions",
      "",
      "Net provisions were {netProvisions2022}, or { provisions.net }; `{netProvisions2022}` is code; {other} and \\{netProvisions2022} stay, and so do <Note value={netProvisions2022} style={{ netProvisions2022 }} /> and {`${netProvisions2022}`}.",
      '```ts cell caption="Net provisions"',
      "const netProvisions2022 = 1_234;",
      "const provisions = { net: netProvisions2022 };",
      "netProvisions2022",
      "```",
      "Prose right after the cell.",
      "",
      "~~~ts cell hide",
      'const file = "a name the page module binds";',
      "~~~",
      "",
      "```md",
      "{netProvisions2022} in a code block stays.",
      "```",
    );
    const rewritten = transform(text, "/project/content/filings/demo/pages/provisions.mdx")!.code;
    expect(rewritten).toMatchInlineSnapshot(`
      "---
      title: Provisions
      ---
      import Note from "./note.astro";

      # Provisions

      Net provisions were <Value value={__notebook.scope.netProvisions2022} expression="netProvisions2022" />, or <Value value={__notebook.scope.provisions.net} expression="provisions.net" />; \`{netProvisions2022}\` is code; {other} and \\{netProvisions2022} stay, and so do <Note value={netProvisions2022} style={{ netProvisions2022 }} /> and {\`\${netProvisions2022}\`}.

      <Cell cell={__notebook.cells[0]} />



      Prose right after the cell.


      <Cell cell={__notebook.cells[1]} />


      \`\`\`md
      {netProvisions2022} in a code block stays.
      \`\`\`

      import Cell from "/src/site/Cell.astro";
      import Value from "/src/site/Value.astro";
      import { __notebook, netProvisions2022, provisions } from "virtual:recount/notebook?file=content%2Ffilings%2Fdemo%2Fpages%2Fprovisions.mdx&lang.js";
      "
    `);
    // Line n of the page is line n of what the MDX compiler reads; the imports come after the last.
    const lines = rewritten.split("\n");
    expect(lines.indexOf("<Cell cell={__notebook.cells[0]} />")).toBe(9);
    expect(lines.indexOf("Prose right after the cell.")).toBe(13);
    expect(lines.indexOf("<Cell cell={__notebook.cells[1]} />")).toBe(16);
    expect(lines.findIndex((line) => line.startsWith("import Cell"))).toBeGreaterThan(text.split("\n").length);
  });

  test("leaves alone pages outside the filings, and pages without cells", () => {
    const { transform } = setUp("/project");
    expect(transform("```ts cell\n1\n```", "/project/src/pages/about.mdx")).toBeUndefined();
    expect(transform("```ts cell\n1\n```", "/project/content/filings-old/x.mdx")).toBeUndefined();
    expect(transform("No cells, {x}.", "/project/content/filings/demo/pages/plain.mdx")).toBeUndefined();
  });

  test("a syntax error stops the transform with what Vite's overlay shows: file, line, frame", () => {
    const { transform } = setUp("/project");
    const error = (() => {
      try {
        transform(page("Text.", "```ts cell", "const = 1;", "```"), "/project/content/filings/demo/pages/broken.mdx");
      } catch (error) {
        return error;
      }
    })();
    expect(error).toBeInstanceOf(RecountError);
    expect(error).toMatchObject({
      message: "cell 1 has a syntax error: Unexpected token",
      location: { file: "content/filings/demo/pages/broken.mdx", line: 3, column: 7 },
      id: "/project/content/filings/demo/pages/broken.mdx",
      loc: { file: "/project/content/filings/demo/pages/broken.mdx", line: 3, column: 7 },
      frame: expect.stringContaining("> 3 | const = 1;"),
      // What Astro prints and shows as the stack: the editor's line, none of the engine's frames.
      stack:
        "RecountError: cell 1 has a syntax error: Unexpected token\n    at content/filings/demo/pages/broken.mdx:3:7",
    });
  });

  test("the virtual module runs the notebook, in its sandbox, and exports its names", async () => {
    const { transform, resolveId, load } = setUp(site);
    const file = join(site, "content/filings/demo/pages/overview.mdx");
    const id = /from "(virtual:recount\/notebook\?[^"]+)"/.exec(
      transform(await readFile(file, "utf8"), file)!.code,
    )![1]!;
    const code = await load(resolveId(id), () => null);
    expect(code.replaceAll(project, "<project>/")).toMatchInlineSnapshot(`
      "import { runNotebook } from "<project>/src/engine/notebook/run-notebook.ts";
      import { forOverlay } from "<project>/src/build/notebooks/overlay-error.ts";
      import { createNotebookGlobals } from "<project>/src/engine/notebook/globals.ts";
      import { sharedNotebook } from "<project>/src/build/gate/report.ts";
      export const __notebook = sharedNotebook("content/filings/demo/pages/overview.mdx", "<project>/test/notebook/fixtures/site") ?? await runNotebook({
        file: "content/filings/demo/pages/overview.mdx",
        root: "<project>/test/notebook/fixtures/site",
        globals: (context) => createNotebookGlobals({ ...context, filing: "demo" }),
      }).catch((error) => { throw forOverlay(error, "<project>/test/notebook/fixtures/site/content/filings/demo/pages/overview.mdx"); });
      export const netProvisions2022 = __notebook.scope.netProvisions2022;
      export const provisions = __notebook.scope.provisions;"
    `);
  });

  test("a change to a page invalidates its notebook's module, for dev reloads", () => {
    const { plugin } = setUp("/project");
    const invalidated: unknown[] = [];
    const notebook = { id: "notebook" };
    const moduleGraph = {
      getModuleById: (id: string) =>
        id === "\0virtual:recount/notebook?file=content%2Ffilings%2Fdemo%2Fpages%2Fa.mdx&lang.js"
          ? notebook
          : undefined,
      invalidateModule: (module: unknown) => invalidated.push(module),
    };
    const hotUpdate = (file: string) =>
      (plugin.hotUpdate as Handler).call({ environment: { moduleGraph } }, { file, modules: ["page"] });
    expect(hotUpdate("/project/content/filings/demo/pages/a.mdx")).toEqual(["page", notebook]);
    expect(invalidated).toEqual([notebook]);
    expect(hotUpdate("/project/content/filings/demo/pages/b.mdx")).toBeUndefined();
    expect(hotUpdate("/project/src/x.ts")).toBeUndefined();
  });

  test("refuses to come after the MDX plugin, which would show cells as plain code", () => {
    const plugin = recountNotebooks();
    const configResolved = () =>
      (plugin.configResolved as Handler).call(
        {},
        { root: "/project", plugins: [{ name: "@mdx-js/rolldown" }, plugin] },
      );
    expect(configResolved).toThrow("recountNotebooks() must come before the MDX plugin");
  });

  test("works in an Astro build, whose MDX compiler runs no remark plugins", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "recount-notebook-"));
    const vite = { cacheDir: join(outDir, ".vite"), plugins: [recountNotebooks({ globals: "/src/globals.ts" })] };
    try {
      await build({
        root: site,
        outDir,
        cacheDir: join(outDir, ".astro"),
        configFile: false,
        logLevel: "error",
        integrations: [mdx()],
        vite,
      });
      const html = await readFile(join(outDir, "index.html"), "utf8");
      expect(html.slice(html.indexOf("<figure"), html.indexOf("</body>"))).toMatchInlineSnapshot(`
        "<figure data-lines="8-10" data-hide="false"><pre>const netProvisions2022 = millions(1_234);
        const provisions = { net: netProvisions2022, where: here() };
        netProvisions2022</pre><output>1234000000</output></figure>
        <p>Net provisions were <data title="netProvisions2022">1234000000</data> yuan in 2022, checked at line <data title="provisions.where.line">9</data>.</p>
        <figure data-lines="15-15" data-hide="true"><pre>\`\${filing}: \${provisions.net / 1_000_000} million\`</pre><output>demo: 1234 million</output></figure>"
      `);
    } finally {
      await rm(outDir, { recursive: true, force: true });
      await rm(join(site, ".astro"), { recursive: true, force: true });
    }
  });
});
