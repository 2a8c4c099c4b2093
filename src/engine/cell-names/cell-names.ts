/**
 * Every name a cell can use without importing it, declared once: its group in the cell reference, what it
 * means (the doc comment a cell's hover shows and the reference prints), an example, which of its arguments
 * must be figures and, for a check kind, what to do when it fails and how the claims table counts it.
 * Everything else is derived from this table: the host's argument checks (notebook/globals.ts), the
 * declarations cells are type-checked and hovered against, the README's and the guide's reference (its
 * signatures from tsc, see notebook/cell-reference.ts), failure hints (checks/message.ts) and the claims
 * table (findings/findings.ts). It imports nothing, so that every folder can read it.
 */

/** The groups of the cell reference, in its order. */
export const cellGroups = ["Facts", "Arithmetic", "Checks", "Charts", "Labels"] as const;
export type CellGroup = (typeof cellGroups)[number];

/** How the claims table counts a kind's checks, as it reads in a sentence: what it checks, what holding means. */
export interface ClaimWords {
  readonly what: string;
  readonly holds: string;
}

export interface CellNameDefinition {
  readonly group: CellGroup;
  /** What the name means, in an editor's words and in a line: hovering it in a cell shows this. */
  readonly doc: string;
  /** A cell of the practice filing: test/notebook/cell-reference.test.ts runs each on a page of its own. */
  readonly example: string;
  /**
   * The positions of the arguments that must be figures (quantities the host made, never a cell's own
   * object), for a name the host answers: the host refuses anything else there.
   */
  readonly figures?: readonly number[];
  /** For a check kind, whose checks the ledger records under the name. */
  readonly check?: {
    /** What an editor can do about a failed check of the kind. */
    readonly hint: string;
    /** How the claims table counts it; a direction, by whether the filing states it. */
    readonly claims: ClaimWords | { readonly stated: ClaimWords; readonly inferred: ClaimWords };
  };
}

const declare = `declare it: { label, discrepancy: "why" }`;
const operands = [0, 1];
const sides = [1, 2];

export const cellNames = {
  fact: {
    group: "Facts",
    doc: `a disclosed figure, as the range its rounding allows; "other-filing-id/fact-id" names another filing's`,
    example: `fact("total-revenues.2024")`,
  },
  exact: {
    group: "Facts",
    doc: "a figure that is exact by definition (100%, a whole), not one read from the filing",
    example: `exact(100, "percent")`,
  },
  add: {
    group: "Arithmetic",
    doc: "a + b, in one unit",
    example: `add(fact("lending-revenues.2024"), fact("platform-service-revenues.2024"))`,
    figures: operands,
  },
  sub: {
    group: "Arithmetic",
    doc: "a − b, in one unit",
    example: `sub(fact("total-revenues.2024"), fact("total-revenues.2023"))`,
    figures: operands,
  },
  neg: {
    group: "Arithmetic",
    doc: "−a, such as a fall in cash as the amount it paid for (a figure printed as a decrease is negative already)",
    example: `neg(fact("revision-of-previous-provisions-write-back.2024"))`,
    figures: [0],
  },
  sum: {
    group: "Arithmetic",
    doc: "the parts added up, in one unit",
    example: `sum([fact("new-provisions.2024"), fact("revision-of-previous-provisions-write-back.2024")])`,
    figures: [0],
  },
  mul: {
    group: "Arithmetic",
    doc: "a × b, where one of them is a percent or a ratio, which scales the other",
    example: `mul(fact("total-revenues.2024"), fact("total-revenues.growth.2024"))`,
    figures: operands,
  },
  div: {
    group: "Arithmetic",
    doc: "a ÷ b: like by like gives a ratio; by a percent or a ratio keeps a's unit",
    example: `div(exact(100, "percent"), share(fact("lending-revenues.2024"), fact("total-revenues.2024")))`,
    figures: operands,
  },
  ratio: {
    group: "Arithmetic",
    doc: "a ÷ b as a plain ratio (2.4, not 240%); both in one unit",
    example: `ratio(fact("net-provisions.2024"), fact("net-provisions.2023"))`,
    figures: operands,
  },
  share: {
    group: "Arithmetic",
    doc: "part ÷ whole as a percent; a list as the whole is added up first",
    example: `share(fact("lending-revenues.2024"), fact("total-revenues.2024"))`,
    figures: operands,
  },
  growth: {
    group: "Arithmetic",
    doc: `the change from \`from\` to \`to\` as a percent of \`from\`: negative for a fall, as a figure printed "down 5%" reads`,
    example: `growth(fact("total-revenues.2023"), fact("total-revenues.2024"))`,
    figures: operands,
  },
  ppChange: {
    group: "Arithmetic",
    doc: "the change between two percentages, in percentage points",
    example: `ppChange(share(fact("net-provisions.2023"), fact("total-revenues.2023")), share(fact("net-provisions.2024"), fact("total-revenues.2024")))`,
    figures: operands,
  },
  asPercent: {
    group: "Arithmetic",
    doc: "a ratio shown as a percent (0.25 as 25%)",
    example: `asPercent(ratio(fact("net-provisions.2024"), fact("net-provisions.2023")))`,
    figures: [0],
  },
  convert: {
    group: "Arithmetic",
    doc: "an amount in the other currency of the quote, at a rate the filing discloses (a fact with unit: ratio)",
    // The practice filing prints no exchange rate, so this example names a rate fact it would declare.
    example: `convert(fact("returned.2024"), fact("exchange-rate.2024-12-31"), "RMB per USD")`,
    figures: operands,
  },
  check: {
    group: "Checks",
    doc: "a computed figure equals a disclosed one, within rounding",
    example: `check("reference.growth", growth(fact("total-revenues.2023"), fact("total-revenues.2024")), fact("total-revenues.growth.2024"), { label: "Revenue growth as printed" })`,
    figures: sides,
    check: {
      hint: `check the formula and the facts it uses against the source; if the filing's own figures disagree, ${declare}`,
      claims: { what: "Figures recomputed from others", holds: "match the filing's" },
    },
  },
  sumsTo: {
    group: "Checks",
    doc: "parts add up to a disclosed total, within rounding",
    example: `sumsTo("reference.net-provisions", [fact("new-provisions.2023"), fact("revision-of-previous-provisions-write-back.2023")], fact("net-provisions.2023"), { label: "Net provisions for 2023 add up" })`,
    figures: sides,
    check: {
      hint: `check that every part is listed once, with its printed sign (a printed (936) is already negative); if the filing's own figures disagree, ${declare}`,
      claims: { what: "Parts added up", holds: "make their totals" },
    },
  },
  direction: {
    group: "Checks",
    doc: "a figure rose or fell from `from` to `to`: as the filing states it, when `stated` quotes the passage that says so (verified against the source); otherwise labelled as Recount's reading of the figures",
    example: `direction("reference.net-income", fact("net-income.q4-2023"), fact("net-income.q4-2024"), "increase", { label: "Fourth-quarter net income rose" })`,
    figures: sides,
    check: {
      hint: `check the order (from, then to) and the facts' periods; if the text itself is wrong, ${declare}`,
      claims: {
        stated: { what: "Rises and falls the filing states", holds: "hold" },
        inferred: {
          what: "Rises and falls Recount reads from the figures (the filing does not state them)",
          holds: "hold",
        },
      },
    },
  },
  holds: {
    group: "Checks",
    doc: `a figure lies within a disclosed bound ("more than", "at least", "less than", "at most")`,
    example: `holds("reference.employees", exact(4201, "count"), fact("employees.2024-12-31"), { label: "4,201 is more than 4,200" })`,
    figures: sides,
    check: {
      hint: `check the formula and the bound's qualifier ("more than", "at least"); if the text itself is wrong, ${declare}`,
      claims: { what: "Bounds the filing states", holds: "hold" },
    },
  },
  agrees: {
    group: "Checks",
    doc: "two disclosures of one figure (in two filings, say) agree, within rounding",
    example: `agrees("reference.net-provisions.2024", sum([fact("new-provisions.2024"), fact("revision-of-previous-provisions-write-back.2024")]), fact("net-provisions.2024"), { label: "The table's lines agree with its net provisions" })`,
    figures: sides,
    check: {
      hint: `compare the two quotes; if a filing restated the figure, ${declare}`,
      claims: { what: "Figures the filing gives twice", holds: "agree" },
    },
  },
  both: {
    group: "Checks",
    doc: "one figure the filing discloses twice (say 30% and 30.2%): checks that the two agree, as agrees does (and is recorded as an agrees check), and gives the range both allow, as XBRL Calculations 1.1 takes duplicate facts",
    example: `both("reference.net-provisions.both.2024", sum([fact("new-provisions.2024"), fact("revision-of-previous-provisions-write-back.2024")]), fact("net-provisions.2024"), { label: "The table's lines agree with its net provisions" })`,
    figures: sides,
  },
  chart: {
    group: "Charts",
    doc: "a chart drawn at build time as SVG, with its data as a table and a CSV file (see the worked chart above)",
    example: `const rows = ["2023", "2024"].map((year) => ({ quarter: "Q4 " + year, income: plotValue(fact("net-income.q4-" + year), "million") })); chart({ id: "net-income", caption: "Net income, fourth quarter", description: "Net income for the fourth quarters of 2023 and 2024, in RMB million.", data: rows, y: { label: "RMB million" }, marks: [Plot.barY(rows, { x: "quarter", y: "income" }), Plot.ruleY([0])] })`,
  },
  Plot: {
    group: "Charts",
    doc: "Observable Plot 0.6, whose marks go in a chart's `marks`",
    example: `Plot.ruleY([0])`,
  },
  plotValue: {
    group: "Charts",
    doc: `a figure's printed value as a plain number at a scale, for drawing only (checks use the ranges); a chart row or table row holding one printed with a qualifier ("approximately") must carry it in a \`qualifier\` field`,
    example: `plotValue(fact("total-revenues.2024"), "billion")`,
  },
  waterfall: {
    group: "Charts",
    doc: "the bars of a waterfall: each change floats from the running sum, each total stands on zero",
    example: `waterfall([{ step: "New", value: plotValue(fact("new-provisions.2024"), "million") }, { step: "Write-back", value: plotValue(fact("revision-of-previous-provisions-write-back.2024"), "million") }, { step: "Net", value: plotValue(fact("net-provisions.2024"), "million"), total: true }])`,
  },
  timeline: {
    group: "Charts",
    doc: `dated events along a time axis, one row each; a date is "2024-12-31" or "2024-12"`,
    example: `timeline({ id: "dates", caption: "Dates in the release", events: [{ date: "2024-12-31", when: "December 31, 2024", event: "Fiscal year ends" }, { date: "2025-03-12", when: "March 12, 2025", event: "Results announced" }] })`,
  },
  illustrative: {
    group: "Labels",
    doc: "shows a value made from assumed inputs, labelled as an illustration with what was assumed",
    example: `illustrative(mul(fact("total-revenues.2024"), exact("1.1", "ratio")), "if revenues grew by a tenth; the release makes no forecast")`,
  },
  notVerifiable: {
    group: "Labels",
    doc: "a statement of the filing that its disclosures cannot verify, and what they lack",
    example: `notVerifiable("a fictional consumer lender", "The release gives no figures about its customers.")`,
  },
} as const satisfies Readonly<Record<string, CellNameDefinition>>;

export type CellName = keyof typeof cellNames;

/** A kind of check, named as the function that makes it: check, sumsTo, direction, holds, agrees. */
export type CheckKind = {
  [Name in CellName]: (typeof cellNames)[Name] extends { readonly check: object } ? Name : never;
}[CellName];

/** The definitions as a list, in the table's order, for those that read every name. */
export const cellNameEntries = Object.entries(cellNames) as [CellName, CellNameDefinition][];

/** The check kinds' definitions, in the table's order. */
export const checkKinds = cellNameEntries.flatMap(([name, { check }]) =>
  check ? [[name as CheckKind, check] as const] : [],
);
