import { join } from "node:path";
import type { RecountError } from "#engine/diagnostics/recount-error.ts";
import { dataFileErrors } from "#engine/filings/data-files.ts";
import { loadFilings, type Filing, type FilingFolder } from "#engine/filings/load.ts";
import { readPages, type PageFile } from "#engine/page/pages.ts";

/** Filings live in `content/` at the project root, outside `src/`. */
export function contentDir(root = process.cwd()): string {
  return join(root, "content");
}

/**
 * The filings and their pages, read as the site's content collections read them, with what those would
 * refuse or publish wrong: filings' metadata and the site's data files, the changelog and the glossary
 * (`errors`), and pages' names, frontmatter and prose (`pageErrors`). A build must stop at these. The pages of
 * a filing whose metadata has problems (`held`) are read too, so that one run reports every problem.
 */
export async function readContent(root = process.cwd()): Promise<{
  filings: Filing[];
  held: FilingFolder[];
  pages: PageFile[];
  errors: RecountError[];
  pageErrors: RecountError[];
}> {
  const { filings, held, errors } = await loadFilings(contentDir(root), root);
  const read = await Promise.all([...filings, ...held].map((filing) => readPages(root, filing)));
  return {
    filings,
    held,
    pages: read.flatMap(({ pages }) => pages),
    errors: [...errors, ...dataFileErrors(root)],
    pageErrors: read.flatMap(({ errors }) => errors),
  };
}
