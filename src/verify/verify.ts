import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { Ledger } from "../checks/index.ts";
import { RecountError, RecountErrors } from "../diagnostics/recount-error.ts";
import { loadFacts, type LoadedFacts } from "../facts/load.ts";
import { loadFilings, type Filing } from "../filings/load.ts";
import { createNotebookGlobals } from "../notebook/globals.ts";
import { runNotebook, type Notebook } from "../notebook/run-notebook.ts";

/** What verifying the content found: everything `npm run check` prints and the build relies on. */
export interface Report {
  readonly filings: readonly Filing[];
  readonly facts: readonly LoadedFacts[];
  /** Every notebook page that ran, with its cells' outputs. */
  readonly notebooks: readonly (Notebook & { readonly filing: string })[];
  /** Every check the notebooks made, in page order. */
  readonly ledger: Ledger;
  readonly errors: readonly RecountError[];
}

/** Filings live in `content/` at the project root, outside `src/`. */
export function contentDir(root = process.cwd()): string {
  return join(root, "content");
}

/**
 * Verifies all content without building the site, in the order data flows: each filing's metadata, its
 * facts against its source text, then every notebook page's cells and the checks they make. The build
 * runs this before writing any page; `npm run check` prints it.
 */
export async function verify(root = process.cwd()): Promise<Report> {
  const { filings, errors } = await loadFilings(contentDir(root), root);
  const facts = filings.map((filing) => loadFacts(join(root, filing.dir), { root }));
  errors.push(...facts.flatMap((loaded) => loaded.errors));
  const ledger = new Ledger();
  const notebooks: (Notebook & { filing: string })[] = [];
  for (const filing of filings) {
    // Pages of a filing whose facts are broken would only repeat those errors.
    if (facts.some((loaded) => loaded.filing === filing.id && loaded.errors.length)) continue;
    for (const file of await notebookPages(root, filing)) {
      try {
        const notebook = await runNotebook({ file, root, globals: ({ locate }) => createNotebookGlobals({ file, filing: filing.id, locate, ledger }) });
        notebooks.push({ ...notebook, filing: filing.id });
      } catch (error) {
        errors.push(...editorErrors(error));
      }
    }
  }
  errors.push(...ledger.failures());
  return { filings, facts, notebooks, ledger, errors };
}

async function notebookPages(root: string, filing: Filing): Promise<string[]> {
  const dir = join(root, filing.dir, "pages");
  const names = await readdir(dir).catch(() => []);
  return names.filter((name) => name.endsWith(".mdx")).sort().map((name) => relative(root, join(dir, name)));
}

function editorErrors(error: unknown): readonly RecountError[] {
  if (error instanceof RecountErrors) return error.errors;
  if (error instanceof RecountError) return [error];
  throw error;
}

/** The report as an editor reads it: every error in full. */
export function formatErrors(report: Report): string {
  const count = report.errors.length;
  return `${count} problem${count === 1 ? "" : "s"} found in the content:\n\n${report.errors.map((error) => error.format()).join("\n\n")}`;
}
