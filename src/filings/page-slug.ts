import { basename } from "node:path";
import { readAnyYaml } from "../diagnostics/yaml.ts";
import { frontmatterEnd } from "../notebook/extract-cells.ts";

/**
 * A page's URL segment under its filing: the `slug` its frontmatter gives, else its file name without the
 * order prefix (01-overview.mdx is /overview/). Routes, chart downloads and any check of slugs use this.
 */
export function pageSlug(file: string, slug: string | undefined): string {
  return slug ?? basename(file, ".mdx").replace(/^\d+-/, "");
}

/** The `slug` a page's text gives in its frontmatter, if any (the schema has judged it elsewhere). */
export function frontmatterSlug(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const end = frontmatterEnd(lines);
  if (!end) return undefined;
  const data = readAnyYaml(lines.slice(1, end - 1).join("\n")).data as { slug?: unknown } | null;
  return typeof data?.slug === "string" ? data.slug : undefined;
}
