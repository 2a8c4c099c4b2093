import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";

/** Markup an editor might type into a field of text: every page must show it as text, never run it. */
export const markup = "<script>alert(1)</script>";
/** The filing whose metadata holds it, below the content folder. */
export const markedFiling = "filings/qfin-2024-09-27-6k";

/**
 * Puts `markup` into every field of editors' text in `content` that reaches a page; the site under a sub-path
 * is built from such content (global-setup.ts), and test/static/escaping.slow.test.ts reads every page of it.
 * To cover another field, add a line here.
 */
export async function addMarkup(content: string): Promise<void> {
  await editYaml(join(content, markedFiling, "filing.yaml"), (metadata) => ({
    ...metadata,
    title: `${metadata.title} ${markup}`,
    summary: `${metadata.summary} ${markup}`,
  }));
}

async function editYaml(file: string, edit: (data: Record<string, string>) => object): Promise<void> {
  await writeFile(file, stringify(edit(parse(await readFile(file, "utf8")))));
}
