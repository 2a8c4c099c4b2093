import { stringify } from "yaml";
import { parseNumber } from "#engine/facts/parse-number.ts";
import type { Candidates, IgnoreCandidate } from "./candidates.ts";
import type { FactCandidate } from "./fact-candidate.ts";
import { dollarSign } from "./number-reading.ts";

/**
 * A new filing's facts.yaml: its tables, empty facts: and ignore: lists, and every candidate to review,
 * each with a comment saying where the source prints it and how it reads.
 */
export function factsYaml(filing: string, { tables, facts, ignores, yearEnd }: Candidates): string {
  return [
    `# The facts of ${filing}, each read from source.txt at its anchor. Schema: src/engine/facts/schema.ts.`,
    "#",
    `# \`npm run new:filing\` proposed every number of source.txt under candidates: (${facts.length} facts, ${ignores.length} ignore entries).`,
    "# Review each one: move a figure the filing discloses under facts:, checking its id, label and period;",
    "# move anything else (a year, a date, part of a name) under ignore:, as a quote or a pattern with a reason.",
    '# The build and `npm run check` fail while any candidate is left. Guide: README.md, "Adding a filing".',
    ...(yearEnd?.weeks
      ? [
          `# The text's year ends on ${yearEnd.day}, counted in weeks: its years, halves and quarters are proposed as the days`,
          "# they run, 52 weeks a year (53 where the text says so) and 13 a quarter: check them against the filing's own.",
        ]
      : yearEnd
        ? [
            `# The text's year ends on ${yearEnd.day}: its years, halves and quarters are proposed as the days they run`,
            "# (2023-09-01..2024-08-31), not as the calendar ones FY2024, H1 2024 and Q4 2024 name.",
          ]
        : []),
    "",
    ...(tables.length
      ? [
          "tables:",
          ...tables.flatMap(({ id, header }) => [`  - id: ${scalar(id)}`, `    header: ${scalar(header)}`]),
          "",
        ]
      : []),
    "facts:",
    "",
    "ignore:",
    "",
    "candidates:",
    ...ignores.flatMap(ignoreEntry),
    ...facts.flatMap((fact) => factEntry(fact, yearEnd)),
  ].join("\n");
}

function ignoreEntry({ pattern, reason, covers }: IgnoreCandidate): string[] {
  const firstLines = new Map<string, number>();
  for (const { printed, line } of covers) if (!firstLines.has(printed)) firstLines.set(printed, line);
  const examples = [...firstLines].slice(0, 6);
  const more = firstLines.size > examples.length ? ", …" : "";
  return [
    `  # accounts for ${covers.length} number${covers.length === 1 ? "" : "s"}: ${examples.map(([printed, line]) => `${printed} (line ${line})`).join(", ")}${more}`,
    `  - pattern: ${scalar(pattern)}`,
    `    reason: ${scalar(reason)}`,
    "",
  ];
}

function factEntry(candidate: FactCandidate, yearEnd: Candidates["yearEnd"]): string[] {
  const { id, label, period, anchor } = candidate;
  const where =
    "quote" in anchor
      ? [
          `    quote: ${scalar(anchor.quote)}`,
          ...(anchor.number === undefined ? [] : [`    number: ${scalar(anchor.number)}`]),
          ...(proposedUnit(candidate) ? [`    unit: ${proposedUnit(candidate)}`] : []),
        ]
      : [
          "    cell:",
          `      table: ${scalar(anchor.table)}`,
          `      row: ${scalar(anchor.row)}`,
          `      column: ${scalar(anchor.column)}`,
        ];
  return [
    `  # ${reading(candidate)}`,
    `  - id: ${scalar(id)}`,
    `    label: ${scalar(label)}`,
    period !== undefined
      ? `    period: ${scalar(period)}`
      : yearEnd
        ? `    period: "" # none proposed: write the days it runs (its year ends on ${yearEnd.day}), or a day, 2024-08-31`
        : '    period: "" # the text states none here: write FY2024, H1 2024, Q4 2024, 2024-06 or 2024-12-31',
    ...where,
    "",
  ];
}

/**
 * A unit the printed number does not state, proposed for a figure of a sentence: a count of borrowers, of users,
 * a percentage spelled "percent"; US dollars for an amount printed with "$" alone.
 */
function proposedUnit({ printed, unit, anchor }: FactCandidate): string | undefined {
  if (!("quote" in anchor) || parseNumber(printed)?.unit !== undefined) return undefined;
  return unit ?? (dollarSign(printed) ? "USD" : undefined);
}

/** How a candidate reads, for the editor to confirm: `line 7: "RMB 12.4 billion" reads as RMB, billion, positive`. */
export function reading(candidate: FactCandidate): string {
  const { line, printed, scale, sign, direction, qualifier, anchor } = candidate;
  const proposedHere = proposedUnit(candidate);
  const unit = proposedHere ?? candidate.unit;
  const fromTable =
    "table" in anchor && parseNumber(printed)?.unit === undefined ? " (from the table's unit line)" : "";
  const proposed = !proposedHere
    ? ""
    : candidate.unit === undefined
      ? ' (proposed for "$", which several currencies print: check it)'
      : " (proposed by the words that name it: check it)";
  const parts = [
    unit === undefined ? "no unit (add unit: count, ratio… if you confirm it)" : `${unit}${fromTable}${proposed}`,
    ...(unit !== undefined && scale === undefined
      ? ["no scale (add scale: one, thousand, million, billion or trillion)"]
      : scale === undefined
        ? []
        : [scale]),
    direction ? `${sign} (${direction.after ? "before" : "after"} "${direction.words}")` : sign,
    ...(qualifier === undefined ? [] : [qualifier.replace("-", " ")]),
  ];
  return `line ${line}: "${printed}" reads as ${parts.join(", ")}`;
}

/** A YAML scalar, quoted only where YAML needs it. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
