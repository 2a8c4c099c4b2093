import { otherFilings, type CheckResult } from "#engine/checks/index.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { FactsRegistry } from "#engine/facts/registry.ts";
import { readFrontmatter } from "#engine/page/frontmatter.ts";
import type { PageFile } from "#engine/page/pages.ts";

/**
 * A figure a page lists as not found in the cited filings must be one of its filing's facts, and no check
 * may compare it with another filing: a held document that a check finds it in does contain it.
 */
export function notFoundErrors(
  pages: readonly PageFile[],
  results: readonly CheckResult[],
  facts: FactsRegistry,
): RecountError[] {
  return pages.flatMap(({ file, text, filing }) => {
    const frontmatter = readFrontmatter(text, file);
    const entries = frontmatter.data?.notFoundInCitedFilings ?? [];
    const location = { file, line: frontmatter.lineOf("notFoundInCitedFilings") };
    return entries.flatMap(({ figure, facts: ids }) =>
      ids.flatMap((id) => {
        try {
          facts.fact(id, { filing, at: location });
        } catch (error) {
          if (error instanceof RecountError) return [error];
          throw error;
        }
        const found = results.find((check) => check.facts.includes(`${filing}/${id}`) && otherFilings(check).length);
        if (!found) return [];
        return [
          new RecountError(
            `"${figure}" is listed as not found in the cited filings, but check "${found.id}" (${found.file}:${found.line}) compares fact ${id} with ${otherFilings(found).join(", ")}`,
            {
              location,
              hint: "a figure a held filing gives was found: take the fact out of the entry (or the entry out of notFoundInCitedFilings), and say on the page what the check shows",
            },
          ),
        ];
      }),
    );
  });
}
