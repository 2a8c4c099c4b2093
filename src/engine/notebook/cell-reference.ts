import type { CellNames } from "./globals.ts";

/** A name every cell can use without importing it. */
export type CellName = keyof CellNames;

/**
 * One name of the reference: how it is called and a cell line that uses it. What it means, in a line, is the
 * name's doc comment where it is declared (see CellNames), as a cell's hover shows it.
 */
export interface CellReferenceEntry {
  readonly group: CellGroup;
  readonly signature: string;
  /** A cell of the practice filing: test/notebook/cell-reference.test.ts runs each on a page of its own. */
  readonly example: string;
}

export type CellGroup = "Facts" | "Arithmetic" | "Checks" | "Charts" | "Labels";

/**
 * The reference of every name a cell can use, with the names' doc comments the source of the README's and
 * the guide's "Cell reference", which `cellReferenceMarkdown` writes and a test compares. Typed by the names
 * createNotebookGlobals injects, so a name added there without an entry here does not type-check.
 */
export const cellReference: Readonly<Record<CellName, CellReferenceEntry>> = {
  fact: {
    group: "Facts",
    signature: "fact(id: string): Fact",
    example: `fact("total-revenues.2024")`,
  },
  exact: {
    group: "Facts",
    signature: `exact(value: number | string, unit: Unit, options?: { scale?: Scale }): Quantity`,
    example: `exact(100, "percent")`,
  },
  add: {
    group: "Arithmetic",
    signature: "add(a: Quantity, b: Quantity): Quantity",
    example: `add(fact("lending-revenues.2024"), fact("platform-service-revenues.2024"))`,
  },
  sub: {
    group: "Arithmetic",
    signature: "sub(a: Quantity, b: Quantity): Quantity",
    example: `sub(fact("total-revenues.2024"), fact("total-revenues.2023"))`,
  },
  neg: {
    group: "Arithmetic",
    signature: "neg(a: Quantity): Quantity",
    example: `neg(fact("revision-of-previous-provisions-write-back.2024"))`,
  },
  sum: {
    group: "Arithmetic",
    signature: "sum(parts: Quantity[]): Quantity",
    example: `sum([fact("new-provisions.2024"), fact("revision-of-previous-provisions-write-back.2024")])`,
  },
  mul: {
    group: "Arithmetic",
    signature: "mul(a: Quantity, b: Quantity): Quantity",
    example: `mul(fact("total-revenues.2024"), fact("total-revenues.growth.2024"))`,
  },
  div: {
    group: "Arithmetic",
    signature: "div(a: Quantity, b: Quantity): Quantity",
    example: `div(exact(100, "percent"), share(fact("lending-revenues.2024"), fact("total-revenues.2024")))`,
  },
  ratio: {
    group: "Arithmetic",
    signature: "ratio(a: Quantity, b: Quantity): Quantity",
    example: `ratio(fact("net-provisions.2024"), fact("net-provisions.2023"))`,
  },
  share: {
    group: "Arithmetic",
    signature: "share(part: Quantity, whole: Quantity | Quantity[]): Quantity",
    example: `share(fact("lending-revenues.2024"), fact("total-revenues.2024"))`,
  },
  growth: {
    group: "Arithmetic",
    signature: "growth(from: Quantity, to: Quantity): Quantity",
    example: `growth(fact("total-revenues.2023"), fact("total-revenues.2024"))`,
  },
  ppChange: {
    group: "Arithmetic",
    signature: "ppChange(from: Quantity, to: Quantity): Quantity",
    example: `ppChange(share(fact("net-provisions.2023"), fact("total-revenues.2023")), share(fact("net-provisions.2024"), fact("total-revenues.2024")))`,
  },
  asPercent: {
    group: "Arithmetic",
    signature: "asPercent(quantity: Quantity): Quantity",
    example: `asPercent(ratio(fact("net-provisions.2024"), fact("net-provisions.2023")))`,
  },
  convert: {
    group: "Arithmetic",
    signature: `convert(amount: Quantity, rate: Quantity, quote: "RMB per USD" | "USD per RMB"): Quantity`,
    // The practice filing prints no exchange rate, so this example names a rate fact it would declare.
    example: `convert(fact("returned.2024"), fact("exchange-rate.2024-12-31"), "RMB per USD")`,
  },
  check: {
    group: "Checks",
    signature:
      "check(id: string, computed: Quantity, disclosed: Quantity, options: { label: string; discrepancy?: string }): CheckResult",
    example: `check("reference.growth", growth(fact("total-revenues.2023"), fact("total-revenues.2024")), fact("total-revenues.growth.2024"), { label: "Revenue growth as printed" })`,
  },
  sumsTo: {
    group: "Checks",
    signature:
      "sumsTo(id: string, parts: Quantity[], total: Quantity, options: { label: string; discrepancy?: string }): CheckResult",
    example: `sumsTo("reference.net-provisions", [fact("new-provisions.2023"), fact("revision-of-previous-provisions-write-back.2023")], fact("net-provisions.2023"), { label: "Net provisions for 2023 add up" })`,
  },
  direction: {
    group: "Checks",
    signature: `direction(id: string, from: Quantity, to: Quantity, way: "increase" | "decrease", options: { label: string; stated?: string }): CheckResult`,
    example: `direction("reference.net-income", fact("net-income.q4-2023"), fact("net-income.q4-2024"), "increase", { label: "Fourth-quarter net income rose" })`,
  },
  holds: {
    group: "Checks",
    signature: "holds(id: string, computed: Quantity, bound: Quantity, options: { label: string }): CheckResult",
    example: `holds("reference.employees", exact(4201, "count"), fact("employees.2024-12-31"), { label: "4,201 is more than 4,200" })`,
  },
  agrees: {
    group: "Checks",
    signature:
      "agrees(id: string, a: Quantity, b: Quantity, options: { label: string; discrepancy?: string }): CheckResult",
    example: `agrees("reference.net-provisions.2024", sum([fact("new-provisions.2024"), fact("revision-of-previous-provisions-write-back.2024")]), fact("net-provisions.2024"), { label: "The table's lines agree with its net provisions" })`,
  },
  both: {
    group: "Checks",
    signature: "both(id: string, a: Quantity, b: Quantity, options: { label: string; discrepancy?: string }): Quantity",
    example: `both("reference.net-provisions.both.2024", sum([fact("new-provisions.2024"), fact("revision-of-previous-provisions-write-back.2024")]), fact("net-provisions.2024"), { label: "The table's lines agree with its net provisions" })`,
  },
  chart: {
    group: "Charts",
    signature: "chart(options: { id, caption, description, data, columns?, marks, …Plot options }): Chart",
    example: `const rows = ["2023", "2024"].map((year) => ({ quarter: "Q4 " + year, income: plotValue(fact("net-income.q4-" + year), "million") })); chart({ id: "net-income", caption: "Net income, fourth quarter", description: "Net income for the fourth quarters of 2023 and 2024, in RMB million.", data: rows, y: { label: "RMB million" }, marks: [Plot.barY(rows, { x: "quarter", y: "income" }), Plot.ruleY([0])] })`,
  },
  Plot: {
    group: "Charts",
    signature: "Plot.barY(data, options), Plot.ruleY(values), …",
    example: `Plot.ruleY([0])`,
  },
  plotValue: {
    group: "Charts",
    signature: `plotValue(quantity: Quantity, scale?: "one" | "thousand" | "million" | "billion"): number`,
    example: `plotValue(fact("total-revenues.2024"), "billion")`,
  },
  waterfall: {
    group: "Charts",
    signature: "waterfall(steps: { value: number; total?: boolean }[]): (step & { start, end, kind })[]",
    example: `waterfall([{ step: "New", value: plotValue(fact("new-provisions.2024"), "million") }, { step: "Write-back", value: plotValue(fact("revision-of-previous-provisions-write-back.2024"), "million") }, { step: "Net", value: plotValue(fact("net-provisions.2024"), "million"), total: true }])`,
  },
  timeline: {
    group: "Charts",
    signature: "timeline({ id, caption, events: { date, when, event }[] }): Chart",
    example: `timeline({ id: "dates", caption: "Dates in the release", events: [{ date: "2024-12-31", when: "December 31, 2024", event: "Fiscal year ends" }, { date: "2025-03-12", when: "March 12, 2025", event: "Results announced" }] })`,
  },
  illustrative: {
    group: "Labels",
    signature: "illustrative(value, note: string): Illustrative",
    example: `illustrative(mul(fact("total-revenues.2024"), exact("1.1", "ratio")), "if revenues grew by a tenth; the release makes no forecast")`,
  },
  notVerifiable: {
    group: "Labels",
    signature: "notVerifiable(statement: string, why: string): NotVerifiable",
    example: `notVerifiable("a fictional consumer lender", "The release gives no figures about its customers.")`,
  },
};

const groups: readonly CellGroup[] = ["Facts", "Arithmetic", "Checks", "Charts", "Labels"];

/**
 * The reference as the README and the guide print it: a list per group, each name with what it means (its
 * doc comment, as `hoverDocs` reads it) and its example.
 */
export function cellReferenceMarkdown(meanings: Readonly<Record<CellName, string>>): string {
  const entries = Object.entries(cellReference) as [CellName, CellReferenceEntry][];
  return groups
    .map((group) => {
      const items = entries
        .filter(([, entry]) => entry.group === group)
        .map(([name, { signature, example }]) => `- \`${signature}\`: ${meanings[name]}.\n  Example: \`${example}\``);
      return `${group}:\n\n${items.join("\n")}\n`;
    })
    .join("\n");
}
