import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { readText } from "#engine/text/read-text.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { codeFrame } from "#engine/diagnostics/code-frame.ts";
import type { FilingFolder } from "#engine/filings/load.ts";
import { pageSlug } from "./slug.ts";
import { slugPattern } from "#engine/text/slug.ts";
import { readFrontmatter } from "#engine/page/frontmatter.ts";
import { proseErrors } from "#engine/page/markup.ts";
import { placeholderErrors } from "./placeholder.ts";

/** A notebook page of a filing: its path relative to the root, its text, its filing's id and its address there. */
export interface PageFile {
  readonly file: string;
  readonly text: string;
  readonly filing: string;
  /** Its URL segment under the filing (see pageSlug). */
  readonly slug: string;
}

/** Addresses a filing's own pages take beside its notebook pages (src/pages/filings/[filing]/). */
const reservedSlugs: Record<string, string> = { ledger: "the filing's ledger", source: "the filing's source text" };

/**
 * A filing's pages, and what would stop the build or publish them wrong: a filing without pages, a file
 * name that makes no address (`#`, `?`, `...`), two pages at one address, two pages with one order, and
 * each page's unreadable bytes, frontmatter and prose.
 */
export async function readPages(
  root: string,
  filing: FilingFolder,
): Promise<{ pages: PageFile[]; errors: RecountError[] }> {
  const dir = join(root, filing.dir, "pages");
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(".mdx")).sort();
  if (!names.length) {
    return {
      pages: [],
      errors: [
        new RecountError(`the filing ${filing.id} has no pages`, {
          location: { file: filing.dir, line: 1 },
          hint: `add one to ${filing.dir}/pages/, such as 01-overview.mdx with title:, order: and description: (npm run new:filing writes a starter page)`,
        }),
      ],
    };
  }
  const pages: PageFile[] = [];
  const errors: RecountError[] = [];
  const bySlug = new Map<string, string>();
  const byOrder = new Map<number, string>();
  for (const name of names) {
    const file = relative(root, join(dir, name));
    let text: string | undefined;
    try {
      text = await readText(join(dir, name), file);
    } catch (error) {
      if (!(error instanceof RecountError)) throw error;
      errors.push(error);
    }
    const frontmatter = text === undefined ? undefined : readFrontmatter(text, file);
    // The page's address as the site resolves it (src/site/filing-pages.ts), whatever decides it.
    const slug = pageSlug(name, frontmatter?.data?.slug);
    const address = `filings/${filing.id}/${slug}/`;
    if (!slugPattern.test(slug)) {
      errors.push(
        new RecountError(
          `the page name "${name}" makes no address: after its number it must be lowercase words and digits joined by dashes`,
          { location: { file, line: 1 }, hint: "rename the file, e.g. 02-revenues.mdx" },
        ),
      );
    } else if (reservedSlugs[slug]) {
      errors.push(
        new RecountError(`the page "${name}" would be published at ${address}, the address of ${reservedSlugs[slug]}`, {
          location: { file, line: 1 },
          hint: "rename the file",
        }),
      );
    } else if (bySlug.has(slug)) {
      errors.push(
        new RecountError(`the pages "${bySlug.get(slug)}" and "${name}" would both be published at ${address}`, {
          location: { file, line: 1 },
          hint: "rename one of them, or give one a slug: in its frontmatter: a page's address is its slug, or else its file name without the number in front",
        }),
      );
    } else {
      bySlug.set(slug, name);
    }
    if (text === undefined || frontmatter === undefined) continue;
    errors.push(...frontmatter.errors);
    const order = frontmatter.data?.order;
    if (order !== undefined && byOrder.has(order)) {
      const line = frontmatter.lineOf("order");
      errors.push(
        new RecountError(`the pages "${byOrder.get(order)}" and "${name}" both have order: ${order}`, {
          location: { file, line },
          frame: codeFrame(text, line),
          hint: "give each of the filing's pages its own order: it places them in the list of sections",
        }),
      );
    } else if (order !== undefined) {
      byOrder.set(order, name);
    }
    errors.push(...proseErrors(text, file), ...placeholderErrors(text, file));
    pages.push({ file, text, filing: filing.id, slug });
  }
  return { pages, errors };
}
