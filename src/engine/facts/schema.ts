import { z } from "astro/zod";
import { units } from "#engine/quantity/unit.ts";
import { parsePeriod, periodForms } from "./period.ts";

/** Ids read well in prose and code: lowercase words, digits, dots and hyphens (`provisions.net.h1-2023`). */
const id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/,
    "an id is lowercase words and digits joined by dots or hyphens, like provisions.net.h1-2023",
  );

const period = z.string().transform((label, context) => {
  const parsed = parsePeriod(label);
  if (!parsed)
    context.addIssue({
      code: "custom",
      message: `period "${label}" is malformed`,
      params: { hint: `write ${periodForms}` },
    });
  return parsed ?? z.NEVER;
});

/** A row or column label; YAML reads an unquoted `2022` as a number. */
const cellLabel = z.union([z.string().min(1), z.number()]).transform(String);

const unit = z.enum(units);

const scale = z.enum(["one", "thousand", "million", "billion", "trillion"]);

const table = z.strictObject({
  id,
  /** The first cell of the table's header line in the source, e.g. "(RMB in millions)". */
  header: z.string().min(1),
});

const fact = z
  .strictObject({
    id,
    label: z.string().min(1),
    period,
    /** A verbatim passage of the source that prints the number. */
    quote: z.string().min(1).optional(),
    /** Which printed number of the quote this fact is; needed when the quote prints more than one. */
    number: z.string().min(1).optional(),
    /** Or a table cell: the row label × the column label. */
    cell: z.strictObject({ table: id, row: cellLabel, column: cellLabel }).optional(),
    /** For numbers printed bare, where neither the number nor a table's unit line says. */
    unit: unit.optional(),
    scale: scale.optional(),
    /** A number known exactly (a point, not a rounding interval); `why` says how it is known. */
    exact: z.literal(true).optional(),
    why: z.string().min(1).optional(),
  })
  .superRefine((fact, context) => {
    if ((fact.quote === undefined) === (fact.cell === undefined)) {
      context.addIssue({
        code: "custom",
        message: `fact "${fact.id}" needs one anchor: a quote or a cell`,
        params: { hint: "give it quote: (a passage of the source) or cell: { table, row, column }, not both" },
      });
    }
    if (fact.number !== undefined && fact.quote === undefined) {
      context.addIssue({
        code: "custom",
        path: ["number"],
        message: `fact "${fact.id}" has number: but no quote: to find it in`,
        params: { hint: "number: picks a printed number inside quote:" },
      });
    }
    if (fact.exact && fact.why === undefined) {
      context.addIssue({
        code: "custom",
        path: ["exact"],
        message: `fact "${fact.id}" is exact but does not say why`,
        params: { hint: "add why: saying how the number is known exactly (printed numbers are rounded)" },
      });
    }
  });

const ignore = z
  .strictObject({
    /** A passage whose numbers are not facts, wherever it occurs. */
    quote: z.string().min(1).optional(),
    /** Or a regular expression matched against the source's plain text (as quotes are). */
    pattern: z
      .string()
      .min(1)
      .refine(isRegExp, {
        message: "pattern is not a valid regular expression",
        params: { hint: "write a JavaScript regular expression, without slashes" },
      })
      .optional(),
    /** Why the numbers it covers are not facts, in one line. */
    reason: z.string().min(1),
  })
  .refine((entry) => (entry.quote === undefined) !== (entry.pattern === undefined), {
    message: "an ignore entry needs a quote or a pattern",
    params: { hint: "give it quote: (a passage of the source) or pattern: (a regular expression), not both" },
  });

/**
 * An entry `npm run new:filing` proposed and an editor has not reviewed yet: the shape of a fact or of an
 * ignore entry, to be moved under facts: or ignore:. Only what names it in messages is read.
 */
const candidate = z.looseObject({});

/** A list that may be written empty: YAML reads a key with nothing under it as null. */
const list = <Item extends z.ZodType>(item: Item) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? []);

/**
 * The facts file of a filing (`content/filings/<id>/facts.yaml`): the tables it reads cells from, every
 * number it discloses as a fact, the numbers of its text that are deliberately not facts, and the
 * candidates still to be sorted into one or the other.
 */
export const factsFile = z.strictObject({
  tables: list(table),
  facts: z
    .array(fact)
    .nullable()
    .transform((facts) => facts ?? []),
  ignore: list(ignore),
  candidates: list(candidate),
});

export type FactsFile = z.output<typeof factsFile>;
export type FactEntry = FactsFile["facts"][number];
export type IgnoreEntry = FactsFile["ignore"][number];
export type TableEntry = FactsFile["tables"][number];
export type CandidateEntry = FactsFile["candidates"][number];

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
