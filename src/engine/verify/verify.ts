import { setImmediate } from "node:timers/promises";
import { Ledger } from "#engine/checks/index.ts";
import { type Location, problemsText, RecountError, RecountErrors } from "#engine/diagnostics/recount-error.ts";
import { currentFacts } from "#engine/facts/current.ts";
import type { LoadedFacts } from "#engine/facts/load.ts";
import type { Filing } from "#engine/filings/load.ts";
import { checkNotebookTypes } from "#engine/notebook/check-types.ts";
import { createNotebookGlobals, globalsDeclarations } from "#engine/notebook/globals.ts";
import { runNotebook, type Notebook } from "#engine/notebook/run-notebook.ts";
import { contextNames } from "#engine/sandbox/sandbox.ts";
import { digest } from "#engine/text/digest.ts";
import { filingWordErrors, statementErrors, wordErrors, type SourceReader } from "#engine/prose/check-words.ts";
import { readContent } from "./read-content.ts";
import { notFoundErrors } from "./not-found.ts";
import { statedPassageErrors } from "./stated-passages.ts";

/** What verifying the content found: everything `npm run check` prints and the build relies on. */
export interface Report {
  readonly filings: readonly Filing[];
  readonly facts: readonly LoadedFacts[];
  /** Every notebook page that ran, with its cells' outputs. */
  readonly notebooks: readonly VerifiedNotebook[];
  /** Every check the notebooks made, in page order. */
  readonly ledger: Ledger;
  readonly errors: readonly RecountError[];
}

export interface VerifiedNotebook extends Notebook {
  readonly filing: string;
  readonly slug: string;
  /** The digest of the page's text as this verification read it: the build renders no other (build/gate). */
  readonly textDigest: string;
}

/**
 * Verifies all content without building the site, in the order data flows: each filing's metadata, its
 * facts against its source text, then every notebook page's cells and the checks they make. The build
 * runs this before writing any page; `npm run check` prints it.
 */
export async function verify(
  root = process.cwd(),
  {
    onCell,
    typeCheck = true,
    runs = () => true,
  }: {
    onCell?: (at: Location) => void;
    typeCheck?: boolean;
    /** Which pages run (by file, as the report names them), for a focused run; filings and facts are read in full. */
    runs?: (file: string) => boolean;
  } = {},
): Promise<Report> {
  const { filings, held, pages: allPages, errors: metadataErrors, pageErrors } = await readContent(root);
  // The registry cells read facts from: each filing's facts are loaded once, for this report and the cells.
  // A filing whose metadata has problems is verified all the same, so that one run reports every problem.
  const registry = currentFacts("content/filings", root);
  const facts = [...filings, ...held].map((filing) => registry.read(filing.id));
  const errors = [...metadataErrors, ...facts.flatMap((loaded) => loaded.errors), ...pageErrors];
  // Pages of a filing whose facts are not all found would only repeat those errors; candidates left to
  // review or numbers not yet accounted for change no figure, so its pages run.
  const broken = new Set(facts.filter((loaded) => !loaded.anchored).map((loaded) => loaded.filing));
  const pages = allPages.filter((page) => !broken.has(page.filing) && runs(page.file));
  // tsc runs in a child process, on another core, while the notebooks run here.
  const typeErrors =
    typeCheck && pages.length
      ? checkNotebookTypes(pages, { root, declarations: globalsDeclarations(givenCellNames(root), { root }) })
      : Promise.resolve([]);
  typeErrors.catch(() => {}); // awaited below; until then a failure must not count as unhandled
  const ledger = new Ledger();
  // The source texts the facts were read from: each is read once per verification, and the quotations are
  // checked against the very text the facts were (and the site prints).
  const sources = new Map(facts.map((loaded) => [loaded.filing, loaded.source]));
  const source: SourceReader = (filing) => sources.get(filing);
  const notebooks: VerifiedNotebook[] = [];
  for (const { file, text, filing, slug } of pages) {
    // Cells run without waiting on anything: give the type check's file writes and its start their turn.
    await setImmediate();
    let values: Notebook["scope"] | undefined;
    try {
      const notebook = await runNotebook({
        file,
        text,
        root,
        onCell,
        globals: ({ locate }) => createNotebookGlobals({ file, filing, locate, ledger, root, facts: registry }),
      });
      notebooks.push({ ...notebook, filing, slug, textDigest: digest(text) });
      values = notebook.scope;
      errors.push(...statementErrors({ file, text, filing, cells: notebook.cells, facts: registry, source }));
    } catch (error) {
      errors.push(...editorErrors(error));
    }
    // The words are checked as the numbers are: quotations against the sources, qualifiers against the figures.
    errors.push(...wordErrors({ file, text, filing, facts: registry, source, ...(values ? { values } : {}) }));
  }
  for (const filing of filings.filter((each) => !broken.has(each.id)))
    errors.push(...filingWordErrors(filing, { root, facts: registry, source }));
  errors.push(...ledger.failures());
  errors.push(...statedPassageErrors(ledger.results(), source));
  errors.push(...notFoundErrors(pages, ledger.results(), registry));
  // Type errors come last, for the pages that have no other problem: a page that does not run has its
  // error reported already, and may not type-check at all.
  const types = await typeErrors.catch((error: unknown) => {
    if (errors.length) return [];
    throw error;
  });
  const troubled = new Set(errors.map((error) => error.location?.file));
  errors.push(...types.filter((error) => !troubled.has(error.location?.file)));
  return { filings, facts, notebooks, ledger, errors };
}

/** The names every cell is given, which the type check declares: the host's and its sandbox's. */
export function givenCellNames(root: string): string[] {
  return [
    ...Object.keys(createNotebookGlobals({ file: "", filing: "", locate: () => ({ file: "", line: 0 }), root })),
    ...contextNames,
  ];
}

function editorErrors(error: unknown): readonly RecountError[] {
  if (error instanceof RecountErrors) return error.errors;
  if (error instanceof RecountError) return [error];
  throw error;
}

/** The report as an editor reads it: every error in full. */
export function formatErrors(report: Report): string {
  return problemsText(report.errors);
}
