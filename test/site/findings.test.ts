import { describe, expect, it } from "vitest";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import { illustrative, notVerifiable } from "#engine/checks/labels.ts";
import { findings, type FindingCell } from "#engine/findings/findings.ts";
import { fact } from "../checks/quantities.ts";

const place = { file: "content/filings/test/pages/01-page.mdx", line: 3 };

function page() {
  const ledger = new Ledger();
  return { ledger, checks: createChecks({ ledger, filing: "test", locate: () => place }) };
}

const cell = (output: unknown, options: Partial<FindingCell["options"]> = {}): FindingCell => ({
  options: { finding: false, caption: undefined, ...options },
  output,
});

describe("findings", () => {
  it("counts the checks of each kind that hold, and those that hold only within rounding", () => {
    const { ledger, checks } = page();
    checks.sumsTo("exact", [fact("100"), fact("200")], fact("300"), { label: "Exact" });
    checks.sumsTo("rounded", [fact("100"), fact("201")], fact("302"), { label: "Rounded" });
    checks.direction("fell", fact("400", { line: 2 }), fact("350", { line: 3 }), "decrease", {
      label: "Fell",
      stated: "fell",
    });
    checks.direction("rose", fact("100", { line: 4 }), fact("201", { line: 5 }), "increase", { label: "Rose" });
    expect(findings({ checks: ledger.results(), cells: [], checkedFacts: new Set() })).toEqual([
      "Parts added up: 2 of 2 make their totals, 1 only within rounding.",
      "Rises and falls the filing states: 1 of 1 hold.",
      "Rises and falls Recount reads from the figures (the filing does not state them): 1 of 1 hold.",
    ]);
  });

  it("counts a check against another filing as such, never as a figure the filing gives twice", () => {
    const { ledger, checks } = page();
    checks.agrees("twice", fact("300", { line: 2 }), fact("300", { id: "again", line: 3 }), { label: "Twice" });
    checks.agrees("elsewhere", fact("300", { line: 2 }), fact("300,000", { filing: "other", scale: "thousand" }), {
      label: "Against another filing",
    });
    expect(findings({ checks: ledger.results(), cells: [], checkedFacts: new Set() })).toEqual([
      "Figures the filing gives twice: 1 of 1 agree.",
      "Figures checked against the company's other filings: 1 of 1 agree.",
    ]);
  });

  it("names derived checks and consistency readings for what they are, with no checks above when none are counted", () => {
    const { ledger, checks } = page();
    checks.agrees("one-passage", fact("30", { unit: "percent" }), fact("30", { id: "entire", unit: "percent" }), {
      label: "One passage",
    });
    expect(findings({ checks: ledger.results(), cells: [], checkedFacts: new Set() })).toEqual([
      "1 consistency reading (two numbers of one passage compared), not counted.",
    ]);
  });

  it("says when checks of other pages use a page's figures", () => {
    expect(findings({ checks: [], cells: [], checkedFacts: new Set(), checkedElsewhere: 6 })).toEqual([
      "No check on this page; 6 checks on other pages use the figures it shows.",
    ]);
  });

  it("states each declared discrepancy with both figures and why it is declared", () => {
    const { ledger, checks } = page();
    checks.sumsTo("lines", [fact("100"), fact("150")], fact("300"), {
      label: "Two lines make the total",
      discrepancy: "the release names no third line",
    });
    expect(findings({ checks: ledger.results(), cells: [], checkedFacts: new Set() })).toEqual([
      "Parts added up: 0 of 1 make their totals. Two lines make the total: computed RMB 249–251 million against RMB 299.5–300.5 million disclosed, a discrepancy the page declares (the release names no third line).",
    ]);
  });

  it("states a finding cell's table row by row, with the ranges computed, and counts the other computed figures", () => {
    const { checks } = page();
    const samr = fact("17.0", { id: "samr", scale: "billion" });
    const sec = fact("16.6", { id: "sec", scale: "billion" });
    const rows = [
      { measure: "Revenue", year: "FY2022", gap: checks.sub(samr, sec), "gap %": checks.growth(sec, samr) },
    ];
    const lines = findings({
      checks: [],
      cells: [cell(rows, { finding: true }), cell(checks.add(samr, sec))],
      checkedFacts: new Set(["test/samr", "test/sec"]),
    });
    expect(lines).toEqual([
      "No check on this page: no figure it shows has a disclosed counterpart to check against.",
      "Revenue, FY2022: gap RMB 0.3–0.5 billion; gap % 1.8–3.1%.",
      "1 further figure computed from the disclosures, shown with its range; the filing discloses no counterpart to check it against.",
    ]);
  });

  it("states a finding table of one column of figures on one line, under its caption", () => {
    const { checks } = page();
    const rows = ["FY2022", "FY2023"].map((period, i) => ({
      period,
      share: checks.share(fact(String(60 + i)), fact("90")),
    }));
    expect(
      findings({
        checks: [],
        cells: [cell(rows, { finding: true, caption: "Contingent share" })],
        checkedFacts: new Set(),
      }),
    ).toEqual([
      "No check on this page: no figure it shows has a disclosed counterpart to check against.",
      "Contingent share: FY2022 65.7–67.6%; FY2023 66.8–68.8%.",
    ]);
  });

  it("names the disclosed figures shown that no check uses, and what is illustrative or not verifiable", () => {
    const share = fact("34.2", { id: "share", unit: "percent" });
    const cells = [
      cell(share),
      cell(illustrative(fact("2.4", { unit: "ratio" }), "An assumed base.")),
      cell([
        notVerifiable("It is fine.", "No figures are given."),
        notVerifiable("It is safe.", "Nothing to compare."),
      ]),
    ];
    expect(findings({ checks: [], cells, checkedFacts: new Set(["test/2.4"]) })).toEqual([
      "No check on this page: no figure it shows has a disclosed counterpart to check against.",
      "Not checked against any other figure: share, 30 June 2024: 34.2.",
      "Illustrative, not disclosed: An assumed base.",
      "2 statements not verifiable from the disclosures: No figures are given. Nothing to compare.",
    ]);
  });
});
