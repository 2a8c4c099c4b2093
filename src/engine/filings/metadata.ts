import { z } from "astro/zod";
import { isCalendarDate } from "#engine/facts/calendar.ts";
import { slugPattern } from "#engine/text/slug.ts";

/** A calendar date written YYYY-MM-DD, and a real day. YAML reads such dates as Date: take them back as text. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
    // A format issue, not a refinement's sentence: the message names the field, as for the pattern above.
    .superRefine((text, context) => {
      if (!isCalendarDate(text))
        context.addIssue({ code: "invalid_format", format: "date", message: "is not a real calendar day" });
    }),
);

/** A web address, as it becomes a link a reader follows. */
const webAddress = z.url({ protocol: /^https?$/, error: "must be a web address starting http:// or https://" });

/**
 * The claim card that leads a filing's page and each of its sections: what was alleged and what the filing
 * answers, each attributed, and one plain sentence of the editor's. What Recount could check and what it
 * cannot is never written here: the card counts it from the ledger (findings/claim-card.ts).
 */
export const claimCard = z.strictObject({
  /** The allegation as the filing describes it, attributed ("The short-seller report alleged …, as the release describes it"). */
  allegation: z.string().min(1),
  /** The filing's answer, attributed ("The company says …"). */
  answer: z.string().min(1),
  /** One plain sentence saying what the section shows, in the editor's words. */
  summary: z.string().min(1),
});

export type ClaimCard = z.infer<typeof claimCard>;

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
    /** How page titles name the filing, after the page's own title ("Qifu 6-K"); the issuer and form if left out. */
    shortName: z.string().min(1).optional(),
    summary: z.string().min(40, "should be a one-paragraph summary (at least 40 characters)"),
    /** What the filing answers, if it answers something (a report, a letter). */
    respondsTo: z.string().min(1).optional(),
    /** Its address as published: a web address, as it becomes a link on the filing's page. */
    source: webAddress.optional(),
    /** The filing's exhibits as published (a 6-K's press release), each linked from every page of the filing. */
    exhibits: z.array(z.strictObject({ name: z.string().min(1), source: webAddress })).optional(),
    /** The claim card of the filing's own page. */
    claim: claimCard.optional(),
    /**
     * Set when source.txt is Recount's excerpt of the original, not its text as filed: the figures and
     * table labels carried over as printed, the sentences around them Recount's own. Says which part of
     * the original it carries; `source` must then give the original's address.
     */
    excerpt: z
      .strictObject({
        of: z.string().min(1),
        /**
         * The copy the excerpt's text was read from, when it is not the original at `source` (a newswire's
         * copy of a release the company furnished, say).
         */
        readFrom: z
          .url({ protocol: /^https?$/, error: "must be a web address starting http:// or https://" })
          .optional(),
      })
      .optional(),
    /** The file (an HTML exhibit) whose text source.txt holds, when the scaffold read it from one. */
    original: z.string().min(1).optional(),
    /** The fields the scaffold read from the text, until the editor has checked them (see scaffold/filing-yaml.ts). */
    unreviewed: z.array(z.enum(["issuer", "tickers", "form", "filed"])).optional(),
  })
  .superRefine(({ filed, excerpt, source, unreviewed }, context) => {
    if (filed === undefined && excerpt === undefined) {
      context.addIssue({
        code: "custom",
        path: ["filed"],
        message: "filing metadata has no filed: the date the filing was filed, written YYYY-MM-DD",
      });
    }
    if (excerpt !== undefined && source === undefined) {
      context.addIssue({
        code: "custom",
        path: ["source"],
        message: "an excerpt needs source: the address of the original it is taken from",
      });
    }
    if (!unreviewed?.length) return;
    context.addIssue({
      code: "custom",
      path: ["unreviewed"],
      message: `${unreviewed.join(", ")} ${unreviewed.length === 1 ? "was" : "were"} read from the text and not reviewed yet`,
      params: {
        hint: "check each against the filing (the comment above it says where it was read), then delete the unreviewed: line",
      },
    });
  });

export type FilingMetadata = z.infer<typeof filingMetadata>;

/** What the errors of a filing.yaml call it, and where they send the editor. */
export const filingMetadataNames = {
  what: "filing metadata",
  hint: 'see the filing metadata fields in the README ("Adding a filing")',
};

/** The frontmatter of a page of a filing (`content/filings/<id>/pages/*.mdx`). */
export const pageFrontmatter = z.strictObject({
  title: z.string().min(1),
  /** Position among the filing's pages: the overview is 0, sections follow. */
  order: z.number().int().min(0),
  description: z.string().min(1),
  /** The page's URL segment under its filing, if not its file name without the order prefix (see pageSlug). */
  slug: z.string().regex(slugPattern, "a slug is lowercase letters and digits, joined by single hyphens").optional(),
  /** For a rebuttal section: its claim card, which leads the page and gives the overview's claims table its row. */
  claim: claimCard.optional(),
  /** When Recount first published the page; without it, the date of the page file's first commit. */
  published: isoDate.optional(),
  /**
   * What the section's figures cite from the company's other filings that Recount looked for there and could
   * not find, one item each, naming the documents read; the overview lists them beside the cross-filing checks
   * that did run. A figure a check compares with another filing was found, and cannot be listed here.
   */
  notFoundInCitedFilings: z
    .array(
      z.strictObject({
        /** What was looked for, in words. */
        figure: z.string().min(1),
        /** The ids of the page's filing's facts that stay unverified for it. */
        facts: z.array(z.string().min(1)).min(1),
        /** Every document read for it: what it is and what the copy read showed, and its address. */
        read: z
          .array(
            z.strictObject({
              document: z.string().min(1),
              address: z.url({ protocol: /^https?$/, error: "must be a web address starting http:// or https://" }),
            }),
          )
          .min(1),
      }),
    )
    .optional(),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatter>;

/** What the errors of a page's frontmatter call it, and where they send the editor. */
export const pageFrontmatterNames = {
  what: "page frontmatter",
  hint: 'see the page frontmatter fields in the README ("Adding a filing")',
};

/**
 * The public changelog of corrections to published content (`content/changelog.yaml`): an entry per
 * correction, saying when, what changed and why, and which pages it touched.
 */
export const changelog = z.strictObject({
  entries: z.array(
    z.strictObject({
      date: isoDate,
      /** The pages corrected, as their paths on the site ("filings/qfin-2024-09-27-6k/samr-data/"). */
      pages: z.array(z.string().regex(/^[a-z0-9][a-z0-9/-]*\/$/, "a page's path on the site, ending in /")).optional(),
      what: z.string().min(1),
      why: z.string().min(1),
    }),
  ),
});

export type Changelog = z.infer<typeof changelog>;

/** What the errors of the changelog call it, and where they send the editor. */
export const changelogNames = {
  what: "changelog",
  hint: "each entry has date: (YYYY-MM-DD), what:, why: and, if it applies to pages, pages: (their paths on the site)",
};

/**
 * The glossary (`content/glossary.yaml`): each term with the words that name it in a page's prose and its
 * definition. The glossary page lists them, and a page's prose defines each where it first names it.
 */
export const glossary = z.strictObject({
  terms: z.array(
    z.strictObject({
      /** The term's anchor on the glossary page. */
      id: z.string().regex(slugPattern, "an id is lowercase letters and digits, joined by single hyphens"),
      term: z.string().min(1),
      /** The words that name the term in prose, as written (case counts): "VIE", "VIEs", "variable interest entity". */
      names: z.array(z.string().min(1)).min(1),
      definition: z.string().min(1),
    }),
  ),
});

export type Glossary = z.infer<typeof glossary>;

/** What the errors of the glossary call it, and where they send the editor. */
export const glossaryNames = {
  what: "glossary",
  hint: "each term has id:, term:, names: (the words that name it in prose) and definition:",
};
