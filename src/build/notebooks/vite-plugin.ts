import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { type NotebookOutline, outlineNotebook } from "#engine/notebook/compile-notebook.ts";
import { forOverlay } from "./overlay-error.ts";
import { rewritePage } from "./rewrite-page.ts";
import { currentFacts } from "#engine/facts/current.ts";
import { sourceReader, wordErrors } from "#engine/prose/check-words.ts";

export interface NotebookPluginOptions {
  /** The folder of the filings, relative to the project root: its MDX pages are notebooks. */
  readonly filings?: string;
  /** Components the rewritten pages import, as root-relative (`/src/…`) or package specifiers. */
  readonly cell?: string;
  readonly value?: string;
  /** The module exporting `createNotebookGlobals(context)`, the names every cell can use. */
  readonly globals?: string;
  /** Told each page's text as this plugin transforms it, which the build gate holds to the text it verified. */
  readonly onPage?: (file: string, text: string) => void;
}

/** The virtual module of a page. `lang.js` tells Vite its language, and keeps `.mdx` plugins off it. */
const notebookId = (file: string) => `virtual:recount/notebook?file=${encodeURIComponent(file)}&lang.js`;
const ownModule = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/**
 * Runs the cells of the filings' MDX pages at build time. Astro compiles MDX with Sätteri, which runs no
 * remark plugins, so this rewrites the page's MDX source before the MDX plugin sees it (`enforce: "pre"`,
 * listed before it): cells become `<Cell>` placeholders fed by a virtual module that runs the notebook,
 * and the page imports the names the cells declare, so `{netProvisions2022}` in prose works.
 */
export function recountNotebooks({
  filings = "content/filings",
  cell = "/src/site/Cell.astro",
  value = "/src/site/Value.astro",
  globals = ownModule("../../engine/notebook/globals.ts"),
  onPage,
}: NotebookPluginOptions = {}): Plugin {
  let root = process.cwd();
  const isNotebookPage = (id: string) => id.endsWith(".mdx") && id.startsWith(resolve(root, filings) + sep);
  const isFactsSource = (file: string) =>
    ["facts.yaml", "source.txt"].includes(basename(file)) && file.startsWith(resolve(root, filings) + sep);
  return {
    name: "recount:notebooks",
    enforce: "pre",
    configResolved(config) {
      root = config.root;
      // After the MDX plugin, cells would silently render as plain code blocks.
      const names = config.plugins.map(({ name }) => name);
      if (
        names.includes("@mdx-js/rolldown") &&
        names.indexOf("@mdx-js/rolldown") < names.indexOf("recount:notebooks")
      ) {
        throw new Error(
          "recountNotebooks() must come before the MDX plugin: add it to `vite.plugins`, or in an integration listed before mdx()",
        );
      }
    },
    resolveId: {
      filter: { id: /^virtual:recount\/notebook\?/ },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: /^\0virtual:recount\/notebook\?/ },
      async handler(id) {
        const file = new URLSearchParams(id.slice(id.indexOf("?"))).get("file")!;
        const page = resolve(root, file);
        const text = await readFile(page, "utf8");
        const notebook = outline(text, file, page);
        return notebookModule({
          file,
          root,
          filing: relative(resolve(root, filings), page).split(sep)[0]!,
          notebook,
          globals,
        });
      },
    },
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        if (!isNotebookPage(id)) return undefined;
        const file = relative(root, id);
        onPage?.(file, code);
        const notebook = outline(code, file, id);
        // Quotations and qualifiers are checked as the page is read, so that `astro dev` shows a misquotation too.
        if (existsSync(resolve(root, filings))) {
          const [wrong] = wordErrors({
            file,
            text: code,
            filing: relative(resolve(root, filings), id).split(sep)[0]!,
            facts: currentFacts(filings, root),
            source: sourceReader(root),
            // What the cells will define; their values are known only once they run.
            values: Object.fromEntries(notebook.names.map((name) => [name, undefined])),
          });
          if (wrong) throw forOverlay(wrong, id);
        }
        if (notebook.cells.length === 0) return undefined;
        return { code: rewritePage(code, notebook, { notebook: notebookId(file), cell, value }), map: null };
      },
    },
    hotUpdate({ file, modules }) {
      const graph = this.environment.moduleGraph;
      // Cells read facts, of their own filing or another's, from these files, which no module imports: a
      // change to one re-runs every notebook.
      if (isFactsSource(file)) {
        const notebooks = [...graph.idToModuleMap.values()].filter(({ id }) =>
          id?.startsWith("\0virtual:recount/notebook?"),
        );
        for (const notebook of notebooks) graph.invalidateModule(notebook);
        return notebooks.length ? [...modules, ...notebooks] : undefined;
      }
      if (!isNotebookPage(file)) return undefined;
      const notebook = graph.getModuleById(`\0${notebookId(relative(root, file))}`);
      if (!notebook) return undefined;
      graph.invalidateModule(notebook);
      return [...modules, notebook];
    },
  };
}

function outline(text: string, file: string, page: string): NotebookOutline {
  try {
    return outlineNotebook(text, { file });
  } catch (error) {
    throw forOverlay(error, page);
  }
}

/**
 * The virtual module of a page: it runs the notebook once, in its sandbox — or, in a build, takes the run
 * the build gate made — and exports it with the cells' names.
 */
function notebookModule({
  file,
  root,
  filing,
  notebook,
  globals,
}: {
  file: string;
  root: string;
  filing: string;
  notebook: NotebookOutline;
  globals: string;
}): string {
  const json = JSON.stringify;
  return [
    `import { runNotebook } from ${json(ownModule("../../engine/notebook/run-notebook.ts"))};`,
    `import { forOverlay } from ${json(ownModule("./overlay-error.ts"))};`,
    `import { createNotebookGlobals } from ${json(globals)};`,
    `import { sharedNotebook } from ${json(ownModule("../gate/report.ts"))};`,
    // In a build, the gate has run this page already; `astro dev` runs it here, on every change, reading the
    // page itself, so that the module does not carry a copy of it through the build.
    `export const __notebook = sharedNotebook(${json(file)}, ${json(root)}) ?? await runNotebook({`,
    `  file: ${json(file)},`,
    `  root: ${json(root)},`,
    `  globals: (context) => createNotebookGlobals({ ...context, filing: ${json(filing)} }),`,
    `}).catch((error) => { throw forOverlay(error, ${json(resolve(root, file))}); });`,
    ...notebook.names.map((name) => `export const ${name} = __notebook.scope.${name};`),
  ].join("\n");
}
