import { checkKinds, type ClaimWords } from "#engine/cell-names/cell-names.ts";
import { independent, otherFilings, tally, type CheckResult, type CheckTally } from "#engine/checks/index.ts";
import type { Fact } from "#engine/facts/fact.ts";
import type { CellOptions } from "#engine/page/cell-options.ts";
import { formatInterval } from "#engine/quantity/format.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import type { Report } from "#engine/verify/verify.ts";
import { isFact } from "#engine/facts/fact.ts";
import { isQuantity } from "#engine/quantity/quantity.ts";
import { outputKind, valuesIn } from "#engine/notebook/output-kind.ts";
import { byFile } from "./by-file.ts";

/** A cell as the findings read it: what it showed, and whether its author marked it as the page's finding. */
export interface FindingCell {
  readonly options: Pick<CellOptions, "finding" | "caption">;
  readonly output: unknown;
}

/** What a section's page found, as the claims table states it: each line made from the page's outputs and checks. */
export interface FindingsInput {
  /** The checks the page made, in page order. */
  readonly checks: readonly CheckResult[];
  readonly cells: readonly FindingCell[];
  /** Qualified ids (`filing/fact.id`) of every fact any check of any page uses. */
  readonly checkedFacts: ReadonlySet<string>;
  /** How many checks of other pages use a figure this page shows: an excerpt's figures are checked there. */
  readonly checkedElsewhere?: number;
}

/**
 * The categories the findings count checks in, each as it reads in a sentence: what it checks, and what
 * holding means. A check against another document is one category, whatever its kind: it is never a figure
 * the filing gives twice. A direction is the filing's only when it names the passage that states it. The
 * kinds' words are their definitions' (#engine/cell-names).
 */
const categories: Readonly<Record<string, ClaimWords>> = {
  ...Object.fromEntries(
    checkKinds.flatMap(([kind, { claims }]) =>
      "what" in claims ? [[kind, claims]] : Object.entries(claims).map(([side, words]) => [`${kind}-${side}`, words]),
    ),
  ),
  "other-document": { what: "Figures checked against the company's other filings", holds: "agree" },
};

/** The category a check is counted in: its kind, a direction's with its side ("direction-stated"). */
export function categoryOf(check: CheckResult): string {
  if (otherFilings(check).length) return "other-document";
  if (check.kind === "direction") return check.sides.disclosed === "stated" ? "direction-stated" : "direction-inferred";
  return check.kind;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The findings of a page, in words: how its checks came out, kind by kind; the outputs of the cells
 * marked `finding`; the disclosed figures it shows that no check uses; how many more figures it computed
 * without a counterpart to check them against; its illustrations; and what it cannot verify. Every number
 * in them is a count of outputs or checks, or a figure as a cell computed it.
 */
export function findings({ checks, cells, checkedFacts, checkedElsewhere = 0 }: FindingsInput): string[] {
  const found = cells.filter((cell) => cell.options.finding);
  const values = cells.filter((cell) => !cell.options.finding).flatMap((cell) => valuesIn(cell.output));
  const all = cells.flatMap((cell) => valuesIn(cell.output));
  const unchecked = unique(
    all.filter(isFact).filter((fact) => !checkedFacts.has(`${fact.filing}/${fact.id}`)),
    (fact) => `${fact.filing}/${fact.id}`,
  );
  const computed = values.filter((value) => isQuantity(value) && !isFact(value)).length;
  const illustrations = all.flatMap((value) => {
    const output = outputKind(value);
    return output.kind === "illustrative" ? [output.value.note] : [];
  });
  const statements = notVerifiable(cells).map((statement) => statement.why);
  return [
    ...checkSummary(checks, checkedElsewhere),
    ...found.flatMap((cell) => outputLines(cell)),
    ...uncheckedLine(unchecked),
    ...(computed
      ? [
          `${plural(computed, "further figure", "further figures")} computed from the disclosures, shown with ${computed === 1 ? "its range" : "their ranges"}; the filing discloses no counterpart to check ${computed === 1 ? "it" : "them"} against.`,
        ]
      : []),
    ...illustrations.map((note) => `Illustrative, not disclosed: ${note}`),
    ...(statements.length
      ? [
          `${plural(statements.length, "statement", "statements")} not verifiable from the disclosures: ${statements.join(" ")}`,
        ]
      : []),
  ];
}

/** The statements the cells show as not verifiable from the disclosures, in page order. */
function notVerifiable(cells: readonly FindingCell[]) {
  return cells
    .flatMap((cell) => valuesIn(cell.output))
    .flatMap((value) => {
      const output = outputKind(value);
      return output.kind === "not-verifiable" ? [output.value] : [];
    });
}

/**
 * What a claim card counts, for one page or all the pages of a filing: the checks as the ledger tallies
 * them, how many of those compare with another document, the statements shown as not verifiable, and the
 * cited figures looked for in other documents and not found.
 */
export interface ClaimCounts {
  readonly checks: CheckTally;
  readonly againstOtherDocuments: number;
  readonly notVerifiable: number;
  readonly notFound: number;
}

/** The claim card's counts for the notebook pages `files`, from the report; `notFound` from their frontmatter. */
export function claimCounts(report: Report, files: readonly string[], notFound: number): ClaimCounts {
  const index = byFile(report);
  const checks = files.flatMap((file) => index.checks(file));
  const cells = files.flatMap((file) => index.cells(file));
  return {
    checks: tally(checks),
    againstOtherDocuments: independent(checks).filter((check) => otherFilings(check).length > 0).length,
    notVerifiable: notVerifiable(cells).length,
    notFound,
  };
}

/** A claim card's counts in words: what Recount could check and what it found, and what it cannot check. */
export function claimCountWords({ checks, againstOtherDocuments, notVerifiable, notFound }: ClaimCounts): {
  checked: string;
  unchecked: string;
} {
  const { independent: counted, byOutcome, derived, consistency } = checks;
  const outcomes = [
    byOutcome.exact ? `${byOutcome.exact} exact` : "",
    byOutcome.holds ? `${byOutcome.holds} holds` : "",
    byOutcome.rounding ? `${byOutcome.rounding} within rounding` : "",
    byOutcome["expected-discrepancy"]
      ? plural(byOutcome["expected-discrepancy"], "declared discrepancy", "declared discrepancies")
      : "",
  ].filter(Boolean);
  const against = againstOtherDocuments ? `, ${againstOtherDocuments} of them against the company's other filings` : "";
  // A check that does not hold stops the build, so a published card never has one to count.
  const found = counted
    ? `${capitalise(plural(counted, "independent check", "independent checks"))}${against}: ${counted === 1 ? "it holds" : "every one holds"} (${outcomes.join(", ")}).`
    : "No independent check: the filing prints no figure here that a calculation can be checked against.";
  const apart = [
    derived ? plural(derived, "derived check", "derived checks") : "",
    consistency ? plural(consistency, "consistency reading", "consistency readings") : "",
  ].filter(Boolean);
  const also = apart.length
    ? ` Also ${apart.join(" and ")}, not counted, as ${derived + consistency === 1 ? "it adds" : "they add"} no evidence of ${derived + consistency === 1 ? "its" : "their"} own.`
    : "";
  const unchecked = [
    plural(notVerifiable, "statement", "statements") + " not verifiable from the disclosures",
    ...(notFound
      ? [`${plural(notFound, "cited figure", "cited figures")} looked for in the company's other filings and not found`]
      : []),
  ];
  return { checked: `${found}${also}`, unchecked: `${capitalise(unchecked.join("; "))}.` };
}

/**
 * A section's outcome in a few words, for a list of sections: "16 checks, all hold · 2 not verifiable". With
 * `statements`, as a card says it on its own: the statements not verifiable named, and counted even when none.
 */
export function claimOutcome({ checks, notVerifiable }: ClaimCounts, { statements = false } = {}): string {
  const declared = checks.byOutcome["expected-discrepancy"];
  const held = declared ? `${plural(declared, "declared discrepancy", "declared discrepancies")}` : "all hold";
  const parts = [
    checks.independent ? `${plural(checks.independent, "check", "checks")}, ${held}` : "no check",
    ...(statements
      ? [`${plural(notVerifiable, "statement", "statements")} not verifiable from the disclosures`]
      : notVerifiable
        ? [`${notVerifiable} not verifiable`]
        : []),
  ];
  return parts.join(" · ");
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The findings of the notebook page `file`, from the report: its checks, its cells, and every check's facts. */
export function pageFindings(report: Report, file: string): string[] {
  const index = byFile(report);
  const cells = index.cells(file);
  const shown = new Set(
    cells
      .flatMap((cell) => valuesIn(cell.output))
      .flatMap((value) => (isFact(value) ? [`${value.filing}/${value.id}`] : [])),
  );
  const elsewhere = new Set([...shown].flatMap((fact) => index.checksOf(fact)).filter((check) => check.file !== file));
  return findings({
    checks: index.checks(file),
    cells,
    checkedFacts: index.checkedFacts,
    checkedElsewhere: elsewhere.size,
  });
}

/**
 * One line per category of check (see categories): how many hold, how many only within rounding, and each
 * declared discrepancy, counting independent checks only (as every count on the site does, see tally);
 * derived checks and consistency readings are named apart, each with what it is, since they add no
 * evidence of their own. A page without checks says whether checks of other pages use its figures.
 */
export function checkSummary(checks: readonly CheckResult[], checkedElsewhere = 0): string[] {
  if (checks.length === 0) {
    return [
      checkedElsewhere
        ? `No check on this page; ${plural(checkedElsewhere, "check", "checks")} on other pages ${checkedElsewhere === 1 ? "uses" : "use"} the figures it shows.`
        : "No check on this page: no figure it shows has a disclosed counterpart to check against.",
    ];
  }
  const counted = independent(checks);
  const { derived, consistency } = tally(checks);
  const apart = [
    derived
      ? `${plural(derived, "derived check", "derived checks")} (${derived === 1 ? "it follows" : "each follows"} from other checks of the page)`
      : "",
    consistency
      ? `${plural(consistency, "consistency reading", "consistency readings")} (two numbers of one passage compared)`
      : "",
  ].filter(Boolean);
  const byCategory = Object.keys(categories).flatMap((category) => {
    const own = counted.filter((check) => categoryOf(check) === category);
    if (own.length === 0) return [];
    const rounding = own.filter((check) => check.status === "rounding").length;
    const declared = own.filter((check) => check.status === "expected-discrepancy");
    const held = own.length - declared.length;
    const { what, holds } = categories[category]!;
    const parts = [
      `${what}: ${held} of ${own.length} ${holds}`,
      ...(rounding ? [`${rounding} only within rounding`] : []),
    ];
    const discrepancies = declared.map(
      (check) =>
        `${check.label}: computed ${formatInterval(check.computed)} against ${formatInterval(check.disclosed)} disclosed, a discrepancy the page declares (${check.explanation})`,
    );
    return [`${parts.join(", ")}.${discrepancies.map((line) => ` ${line}.`).join("")}`];
  });
  // Each item of `apart` starts with its count, so the line needs no capital when nothing is counted above it.
  const notCounted = apart.length ? [`${byCategory.length ? "Also " : ""}${apart.join(" and ")}, not counted.`] : [];
  return [...byCategory, ...notCounted];
}

/** The disclosed figures shown that no check uses, each named when there are few enough to read in a table cell. */
function uncheckedLine(facts: readonly Fact[]): string[] {
  if (facts.length === 0) return [];
  if (facts.length > 3)
    return [`${facts.length} of the disclosed figures shown are not checked against any other figure.`];
  return [
    `Not checked against any other figure: ${facts.map((fact) => `${fact.label}, ${fact.period.label}: ${fact.printed}`).join("; ")}.`,
  ];
}

/** A finding cell's output as lines: a table row by row, a figure with its caption, a list item by item. */
function outputLines({ options, output }: FindingCell): string[] {
  const shown = outputKind(output);
  if (shown.kind === "records") {
    const rows = shown.value.map((row) => {
      const entries = Object.entries(row);
      const names = entries.filter(([, cell]) => !isQuantity(cell)).map(([, cell]) => String(cell));
      const figures = entries.filter((entry): entry is [string, Quantity] => isQuantity(entry[1]));
      return { names: names.join(", "), figures };
    });
    // A table of one column of figures reads as one line under its caption (or its column's name), so that
    // no figure stands without saying what it is.
    if (rows.every(({ figures }) => figures.length === 1)) {
      const what = options.caption ?? rows[0]?.figures[0]?.[0];
      return rows.length
        ? [`${what}: ${rows.map(({ names, figures }) => `${names} ${figure(figures[0]![1])}`).join("; ")}.`]
        : [];
    }
    return rows.map(
      ({ names, figures }) => `${names}: ${figures.map(([column, cell]) => `${column} ${figure(cell)}`).join("; ")}.`,
    );
  }
  if (shown.kind === "fact" || shown.kind === "quantity")
    return [`${options.caption ?? shown.value.formula}: ${figure(shown.value)}.`];
  if (shown.kind === "list") return shown.value.flatMap((item) => outputLines({ options, output: item }));
  return [];
}

/** A disclosed figure as printed, a computed one as the range it stands for. */
function figure(quantity: Quantity): string {
  return isFact(quantity) ? quantity.printed : formatInterval(quantity);
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
