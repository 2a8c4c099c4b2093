// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { recount } from "#build/integration.ts";
import { searchIndex } from "#build/search-index.ts";
import { satteri } from "@astrojs/markdown-satteri";
import { glossaryPlugin } from "#build/glossary/glossary-plugin.ts";
import { glossaryFile, readDataFile } from "#engine/filings/data-files.ts";
import { markdownFeatures, readmeSection } from "#build/guide/readme-section.ts";

const base = process.env.RECOUNT_BASE ?? "/";

export default defineConfig({
  site: process.env.RECOUNT_SITE ?? "https://recount.example",
  base,
  trailingSlash: "always",
  // Pages render from the build gate's report, so rendering one is mostly waiting on files: four at a time
  // keep the thread busy (a 200-page build 11 % faster; BENCHMARKS.md).
  build: { concurrency: 4 },
  integrations: [
    recount(),
    // Each glossary term is defined where a page's prose first names it (content/glossary.yaml).
    mdx({
      processor: satteri({
        features: markdownFeatures,
        // The editor's guide is README.md's "Adding a filing" (src/pages/guide.mdx).
        mdastPlugins: [readmeSection(new URL("./README.md", import.meta.url))],
        hastPlugins: [
          glossaryPlugin({
            glossary: readDataFile(glossaryFile).data,
            glossaryHref: `${base.replace(/\/$/, "")}/glossary/`,
          }),
        ],
      }),
    }),
    // The search page is a tool, not content: it stays out of the sitemap (and says noindex).
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith("/search/") }),
    searchIndex(),
  ],
});
