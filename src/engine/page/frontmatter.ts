import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { validateYaml } from "#engine/yaml/schema-errors.ts";
import { parseYaml } from "#engine/yaml/yaml.ts";
import { frontmatterEnd } from "./cells.ts";
import { pageFrontmatter, pageFrontmatterNames, type PageFrontmatter } from "#engine/filings/metadata.ts";

/** A page's frontmatter as the site's content collection would read it, with the line of each field. */
export interface FrontmatterReading {
  /** Undefined when it has errors. */
  readonly data: PageFrontmatter | undefined;
  readonly errors: RecountError[];
  /** The page line of a field, or 1. */
  lineOf(field: keyof PageFrontmatter): number;
}

/**
 * Reads a page's frontmatter, judged by the schema the site's content collection uses, so that
 * `npm run check` finds what would stop the build. Lines are the page's own.
 */
export function readFrontmatter(text: string, file: string): FrontmatterReading {
  const lines = text.split(/\r?\n/);
  const end = frontmatterEnd(lines);
  const failed = (errors: RecountError[]): FrontmatterReading => ({ data: undefined, errors, lineOf: () => 1 });
  if (end === 0) {
    return failed([
      new RecountError("the page has no frontmatter", {
        location: { file, line: 1 },
        hint: "start it with a --- line, then title:, order: and description:, then another --- line",
      }),
    ]);
  }
  // From the opening --- (to YAML, a document's start), so that line n of the YAML is line n of the page.
  const yaml = lines.slice(0, end - 1).join("\n");
  try {
    const parsed = parseYaml(yaml, file);
    const { data, errors } = validateYaml(parsed, pageFrontmatter, pageFrontmatterNames);
    return { data, errors, lineOf: (field) => parsed.lineOf([field]) };
  } catch (error) {
    if (error instanceof RecountError) return failed([error]);
    throw error;
  }
}
