import { z } from "astro/zod";

/** A calendar date written YYYY-MM-DD, and a real day. YAML reads such dates as Date: take them back as text. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), "is not a real calendar day"),
);

/**
 * The metadata of a filing (`content/filings/<id>/filing.yaml`): the single source of truth for what an
 * editor writes there. Everything else about a filing (facts, pages) lives beside it.
 */
export const filingMetadata = z
  .strictObject({
    issuer: z.string().min(1),
    tickers: z.array(z.string().min(1)).min(1),
    form: z.string().min(1),
    /** Required, except for an excerpt whose original, as Recount read it, does not say when it was filed. */
    filed: isoDate.optional(),
    title: z.string().min(1),
    summary: z.string().min(40, "should be a one-paragraph summary (at least 40 characters)"),
    /** What the filing answers, if it answers something (a report, a letter). */
    respondsTo: z.string().min(1).optional(),
    source: z.url().optional(),
    /**
     * Set when source.txt is Recount's excerpt of the original, not its text as filed: the figures and
     * table labels carried over as printed, the sentences around them Recount's own. Says which part of
     * the original it carries; `source` must then give the original's address.
     */
    excerpt: z.strictObject({ of: z.string().min(1) }).optional(),
  })
  .superRefine((data, context) => {
    if (data.filed === undefined && data.excerpt === undefined) {
      context.addIssue({ code: "custom", path: ["filed"], message: "Required: the date the filing was filed, written YYYY-MM-DD" });
    }
    if (data.excerpt !== undefined && data.source === undefined) {
      context.addIssue({ code: "custom", path: ["source"], message: "an excerpt needs source: the address of the original it is taken from" });
    }
  });

export type FilingMetadata = z.infer<typeof filingMetadata>;

/** The frontmatter of a page of a filing (`content/filings/<id>/pages/*.mdx`). */
export const pageFrontmatter = z.strictObject({
  title: z.string().min(1),
  /** Position among the filing's pages: the overview is 0, sections follow. */
  order: z.number().int().min(0),
  description: z.string().min(1),
  /** For a rebuttal section: the report's claim as the filing characterises it, and the filing's answer. */
  claim: z.string().min(1).optional(),
  response: z.string().min(1).optional(),
  /**
   * What the section's figures cite from the company's other filings that Recount looked for there and could
   * not find, one item each; the overview lists them beside the cross-filing checks that did run.
   */
  notFoundInCitedFilings: z.array(z.string().min(1)).optional(),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatter>;
