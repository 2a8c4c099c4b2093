import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { filingMetadata, pageFrontmatter } from "#engine/filings/metadata.ts";

/** Filings live outside src/: one folder each, `content/filings/<filing-id>/`. */
const base = "./content/filings";

const filings = defineCollection({
  loader: glob({ pattern: "*/filing.yaml", base, generateId: ({ entry }) => entry.split("/")[0]! }),
  schema: filingMetadata,
});

const pages = defineCollection({
  loader: glob({
    pattern: "*/pages/*.mdx",
    base,
    generateId: ({ entry }) => entry.replace("/pages/", "/").replace(/\.mdx$/, ""),
  }),
  schema: pageFrontmatter,
});

export const collections = { filings, pages };
