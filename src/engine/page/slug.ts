import { basename } from "node:path";

/**
 * A page's URL segment under its filing: the `slug` its frontmatter gives, else its file name without the
 * order prefix (01-overview.mdx is /overview/). Routes, chart downloads and any check of slugs use this.
 */
export function pageSlug(file: string, slug: string | undefined): string {
  return slug ?? basename(file, ".mdx").replace(/^\d+-/, "");
}
