import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { RecountError } from "../diagnostics/recount-error.ts";
import { loadFilings, type Filing } from "../filings/load.ts";
import { frontmatterErrors } from "../filings/page-frontmatter.ts";
import { placeholderErrors } from "../filings/placeholder.ts";

/** Filings live in `content/` at the project root, outside `src/`. */
export function contentDir(root = process.cwd()): string {
  return join(root, "content");
}

/**
 * The filings and their pages, read as the site's content collections read them, with what those would
 * refuse: filings' metadata (`errors`) and pages' frontmatter and any starter placeholder left in them (`pageErrors`). A build must stop at these.
 */
export async function readContent(root = process.cwd()): Promise<{ filings: Filing[]; pages: { file: string; text: string; filing: string }[]; errors: RecountError[]; pageErrors: RecountError[] }> {
  const { filings, errors } = await loadFilings(contentDir(root), root);
  const pages = (await Promise.all(filings.map(async (filing) => (await notebookPages(root, filing)).map((page) => ({ ...page, filing: filing.id }))))).flat();
  return { filings, pages, errors, pageErrors: pages.flatMap(({ file, text }) => [...frontmatterErrors(text, file), ...placeholderErrors(text, file)]) };
}

/** A filing's pages: each one's path relative to the root, and its text. */
async function notebookPages(root: string, filing: Filing): Promise<{ file: string; text: string }[]> {
  const dir = join(root, filing.dir, "pages");
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(".mdx")).sort();
  return Promise.all(names.map(async (name) => ({ file: relative(root, join(dir, name)), text: await readFile(join(dir, name), "utf8") })));
}
