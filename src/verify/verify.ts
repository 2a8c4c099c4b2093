import { join } from "node:path";
import type { RecountError } from "../diagnostics/recount-error.ts";
import { loadFilings, type Filing } from "../filings/load.ts";

/** What verifying the content found: everything `npm run check` prints and the build relies on. */
export interface Report {
  readonly filings: readonly Filing[];
  readonly errors: readonly RecountError[];
}

/** Filings live in `content/` at the project root, outside `src/`. */
export function contentDir(root = process.cwd()): string {
  return join(root, "content");
}

/**
 * Verifies all content without building the site: the filings' metadata, their facts, and every
 * notebook's cells and checks. The build runs this before writing any page.
 */
export async function verify(root = process.cwd()): Promise<Report> {
  const { filings, errors } = await loadFilings(contentDir(root), root);
  return { filings, errors };
}

/** The report as an editor reads it: every error in full. */
export function formatErrors(report: Report): string {
  const count = report.errors.length;
  return `${count} problem${count === 1 ? "" : "s"} found in the content:\n\n${report.errors.map((error) => error.format()).join("\n\n")}`;
}
