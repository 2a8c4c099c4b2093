/** A page's text, from its lines. */
export const page = (...lines: string[]) => lines.join("\n");

/** Frontmatter and the blank line after it: a page's lines 1–4, so that its first cell opens at line 5. */
export const frontmatter = ["---", "title: x", "---", ""];
