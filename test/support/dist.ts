import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { inject } from "vitest";

/** The HTML of a built page, by its URL path ("/", "/filings/x/"). */
export function page(path: string): Promise<string> {
  const file = path.endsWith("/") ? `${path}index.html` : path;
  return readFile(join(inject("dist"), file), "utf8");
}

/** The `href`s of every link on a page. */
export function links(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((match) => match[1]!);
}
