import type { Period } from "#engine/facts/fact.ts";
import { bounds } from "#engine/facts/bounds.ts";
import { parseNumber } from "#engine/facts/parse-number.ts";
import { parsePeriod } from "#engine/facts/period.ts";
import { placeholderProse } from "#engine/page/placeholder.ts";
import type { FactCandidate } from "./fact-candidate.ts";

/** The file name of the starter page, under the filing's pages/. */
export const starterPageName = "01-overview.mdx";

/**
 * A new filing's first page: frontmatter to adjust, a paragraph to replace, and one worked cell that reads
 * two candidate facts and checks one against the other, so that the editor sees a check pass (or fail) as
 * soon as those two are confirmed. The check is a direction between two periods of one figure; failing
 * such a pair, it reads one fact and checks that it agrees with itself, for the editor to replace.
 */
export function starterPage(facts: readonly FactCandidate[]): string {
  const [from, to] = movingPair(facts) ?? [facts[0], facts[0]];
  const frontmatter = [
    "---",
    "title: Overview",
    "order: 1",
    "description: The filing's headline figures, read from its text and checked against each other.",
    "---",
    "",
  ];
  if (!from || !to)
    return [...frontmatter, `${placeholderProse} Its source text printed no numbers to check.`, ""].join("\n");
  const cell =
    from === to
      ? [
          `\`\`\`ts cell caption=${JSON.stringify(from.label)}`,
          `const ${variable(from.id)} = fact(${JSON.stringify(from.id)});`,
          `agrees(${JSON.stringify(`${from.id}.as-printed`)}, ${variable(from.id)}, ${variable(from.id)}, {`,
          `  label: ${JSON.stringify(`${from.label} agrees with itself: replace this with a check of your own`)},`,
          "})",
          "```",
        ]
      : directionCell(from, to);
  return [
    ...frontmatter,
    `${placeholderProse} A disclosed number in prose is written`,
    `<Fact id=${JSON.stringify(to.id)} />: it prints the number as the filing does and links to its sentence.`,
    "",
    ...cell,
    "",
    "A check compares what a cell computes with what the filing discloses, reading each printed figure as the",
    "range its rounding allows. `npm run check` lists every check; the filing's ledger page shows them.",
    "",
  ].join("\n");
}

function directionCell(from: FactCandidate, to: FactCandidate): string[] {
  const way = interval(to).lo.gt(interval(from).hi) ? "increase" : "decrease";
  const base = from.id.slice(0, from.id.lastIndexOf("."));
  return [
    `\`\`\`ts cell caption=${JSON.stringify(`${from.label}, ${from.period} to ${to.period}`)}`,
    `const ${variable(from.id)} = fact(${JSON.stringify(from.id)});`,
    `const ${variable(to.id)} = fact(${JSON.stringify(to.id)});`,
    `direction(${JSON.stringify(`${base}.${way}d`)}, ${variable(from.id)}, ${variable(to.id)}, ${JSON.stringify(way)}, {`,
    `  label: ${JSON.stringify(`${from.label} ${way}d from ${from.period} to ${to.period}`)},`,
    "})",
    "```",
  ];
}

/**
 * The first two candidates that are one figure in two periods (ids that differ only in their period,
 * same unit and scale) whose ranges do not meet, earlier period first.
 */
function movingPair(facts: readonly FactCandidate[]): [FactCandidate, FactCandidate] | undefined {
  const dated = facts.filter(
    (fact) => fact.period !== undefined && fact.unit !== undefined && fact.scale !== undefined && fact.id.includes("."),
  );
  for (const [i, a] of dated.entries()) {
    for (const b of dated.slice(i + 1)) {
      if (
        a.id.slice(0, a.id.lastIndexOf(".")) !== b.id.slice(0, b.id.lastIndexOf(".")) ||
        a.unit !== b.unit ||
        a.scale !== b.scale
      )
        continue;
      const [from, to] = end(a) < end(b) ? [a, b] : [b, a];
      if (interval(to).lo.gt(interval(from).hi) || interval(to).hi.lt(interval(from).lo)) return [from, to];
    }
  }
  return undefined;
}

function interval({ printed, scale }: FactCandidate) {
  const { value, decimals, qualifier } = parseNumber(printed)!;
  return bounds({ value, decimals, scale: scale!, qualifier });
}

function end({ period }: FactCandidate): string {
  const parsed: Period = parsePeriod(period!)!;
  return parsed.kind === "instant" ? parsed.date : parsed.end;
}

/** A cell variable named after a fact id: total-revenues.2023 → totalRevenues2023. */
function variable(id: string): string {
  const name = id.replace(/[.-]+([a-z0-9])/g, (_, char: string) => char.toUpperCase());
  return /^[a-z]/.test(name) ? name : `fact${name}`;
}
