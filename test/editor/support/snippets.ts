import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../support/astro.ts";

/** A fenced code block of the guide: its language, the word after it that says what it is, its text. */
export interface Snippet {
  readonly lang: string;
  readonly kind: string;
  readonly code: string;
}

/** The README's "Adding a filing" section, up to the next section of its level. */
export function readmeGuide(): string {
  const readme = readFileSync(join(projectRoot, "README.md"), "utf8");
  const start = readme.indexOf("\n## Adding a filing\n");
  if (start < 0) throw new Error('README.md has no "## Adding a filing" section');
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start + 1, end < 0 ? undefined : end + 1);
}

/**
 * The top-level fenced code blocks of a Markdown text, in order. A fence of four backticks holds blocks
 * of three, as a page snippet holds its cells.
 */
export function snippets(markdown: string): Snippet[] {
  const found: Snippet[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\S*)\s*(\S*)/.exec(lines[i]!);
    if (!open) continue;
    const [, fence, lang, kind] = open;
    const end = lines.findIndex((line, j) => j > i && line.startsWith(fence!) && line.trim() === fence);
    if (end < 0) throw new Error(`a fence opened at line ${i + 1} is never closed`);
    found.push({ lang: lang!, kind: kind!, code: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return found;
}

/** The guide's snippets of one kind. */
export function guideSnippets(lang: string, kind?: string): Snippet[] {
  return snippets(readmeGuide()).filter(
    (snippet) => snippet.lang === lang && (kind === undefined || snippet.kind === kind),
  );
}

/**
 * Whether `output` contains `expected` as it is shown in the guide: its lines in order, where a line
 * "…" stands for any number of lines left out.
 */
export function shows(output: string, expected: string): boolean {
  let from = 0;
  for (const part of expected.split(/^…\n/m)) {
    const at = output.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
