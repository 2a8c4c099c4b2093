import { RecountError } from "../diagnostics/recount-error.ts";
import { validateYaml } from "../diagnostics/schema-errors.ts";
import { parseYaml } from "../diagnostics/yaml.ts";
import { frontmatterEnd } from "../notebook/extract-cells.ts";
import { pageFrontmatter } from "./metadata.ts";

/**
 * The problems of a page's frontmatter, judged by the schema the site's content collection uses, so that
 * `npm run check` finds what would stop the build. Lines are the page's own.
 */
export function frontmatterErrors(text: string, file: string): RecountError[] {
  const lines = text.split(/\r?\n/);
  const end = frontmatterEnd(lines);
  if (end === 0) {
    return [new RecountError("the page has no frontmatter", { location: { file, line: 1 }, hint: "start it with a --- line, then title:, order: and description:, then another --- line" })];
  }
  // From the opening --- (to YAML, a document's start), so that line n of the YAML is line n of the page.
  const yaml = lines.slice(0, end - 1).join("\n");
  try {
    return validateYaml(parseYaml(yaml, file), pageFrontmatter, "page frontmatter").errors;
  } catch (error) {
    if (error instanceof RecountError) return [error];
    throw error;
  }
}
