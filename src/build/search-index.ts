import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

/**
 * Indexes the built site for search with Pagefind once Astro has written it, so every `astro build`
 * (`npm run build`, the tests' builds) leaves a searchable site. Only pages that mark their content
 * with `data-pagefind-body` are indexed.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "recount:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // Charts' SVG holds only tick labels (their data is indexed from the data table beside them), and
          // cells' code is not what readers search for: leaving both out makes results cleaner and indexing
          // a sixth faster.
          const { index, errors } = await createIndex({
            forceLanguage: "en",
            excludeSelectors: ["svg", "details.cell"],
          });
          if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(`pagefind could not index the site: ${problems.join("; ")}`);
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await close();
        }
      },
    },
  };
}
