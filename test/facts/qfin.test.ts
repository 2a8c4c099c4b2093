import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadFacts } from "#engine/facts/load.ts";
import { plainText } from "#engine/facts/plain.ts";
import { findTables } from "#engine/facts/table.ts";

const directory = "content/filings/qfin-2024-09-27-6k";
const raw = readFileSync(`${directory}/source.txt`, "utf8");
const { facts, coverage, errors } = loadFacts(directory);

describe("the QFIN 6-K facts", () => {
  it("load without errors", () => {
    expect(errors.map((error) => error.format())).toEqual([]);
  });

  it("account for every number of the source", () => {
    expect(coverage!.unaccounted).toEqual([]);
    expect(coverage!.registered + coverage!.ignored.length).toBe(coverage!.found);
    expect(coverage!.registered).toBe(facts.size);
    expect(coverage!.ignored.every(({ reason }) => reason.length > 0)).toBe(true);
  });

  it("print each fact at its span of source.txt, inside its quote", () => {
    for (const fact of facts.values()) {
      expect(plainText(raw.slice(fact.span.start, fact.span.end)), fact.id).toBe(fact.printed);
      expect(fact.span.start >= fact.quoteSpan.start && fact.span.end <= fact.quoteSpan.end, fact.id).toBe(true);
      expect(raw.slice(0, fact.span.start).split("\n").length, fact.id).toBe(fact.span.line);
      expect(fact.formula).toBe(fact.printed);
      expect(fact.facts).toEqual([`qfin-2024-09-27-6k/${fact.id}`]);
    }
  });

  it("register every cell of the provisions table that prints a number", () => {
    const [table] = findTables(raw);
    const cells = table!.rows.flatMap(({ cells }) => cells.filter(({ text }) => text).map(({ start }) => start));
    const registered = [...facts.values()].filter(({ anchor }) => anchor.kind === "cell").map(({ span }) => span.start);
    expect(cells).toHaveLength(36);
    expect(registered.sort((a, b) => a - b)).toEqual(cells);
  });

  it.each([
    ["provisions.new.2022", "7,355", "7355000000", "RMB", "FY2022"],
    ["provisions.revision.2023", "(1,880)", "-1880000000", "RMB", "FY2023"],
    ["provisions.net.h1-2023", "2,636", "2636000000", "RMB", "H1 2023"],
    ["provisions.contingent.h1-2024", "103", "103000000", "RMB", "H1 2024"],
    ["ratio.loan-receivable.h1-2024", "3.4%", "3.4", "percent", "H1 2024"],
    ["ratio.contingent.2023", "4.0%", "4", "percent", "FY2023"],
    ["samr.revenue.2022", "RMB 17.0 billion", "17000000000", "RMB", "FY2022"],
    ["sec.net-profit.2023", "RMB4.3 billion", "4300000000", "RMB", "FY2023"],
    ["returns.buybacks.2024-ytd", "more than US$300 million", "300000000", "USD", "2024-01-01..2024-09-27"],
    ["returns.dividends.2024-ytd", "approximately US$180 million", "180000000", "USD", "2024-01-01..2024-09-27"],
    ["returns.total.2023-to-h1-2024", "approximately RMB3.6 billion", "3600000000", "RMB", "2023-01-01..2024-06-30"],
    ["cash.2024-06-30", "RMB 8.4 billion", "8400000000", "RMB", "2024-06-30"],
    ["loans.on-balance.2022-12-31", "RMB19.5 billion", "19500000000", "RMB", "2022-12-31"],
    ["jv.stake.acquired.2021-12", "30%", "30", "percent", "2021-12"],
    ["holding.zhou.2024-02-29", "approximately 13.8%", "13.8", "percent", "2024-02-29"],
    ["risk-bearing.share.2024-06-30", "34.2%", "34.2", "percent", "2024-06-30"],
    ["leverage.2024-06-30", "2.4", "2.4", "ratio", "2024-06-30"],
  ])("%s is %s", (id, printed, value, unit, period) => {
    const fact = facts.get(id)!;
    expect([fact.printed, fact.value.toFixed(), fact.unit, fact.period.label]).toEqual([printed, value, unit, period]);
  });

  it("keeps the qualifiers the text states", () => {
    const qualified = [...facts.values()]
      .filter(({ qualifier }) => qualifier)
      .map(({ id, qualifier, hi }) => [id, qualifier, hi.toFixed()]);
    expect(qualified).toEqual([
      ["returns.buybacks.2024-ytd", "more-than", "Infinity"],
      ["returns.dividends.2024-ytd", "approximately", "180500000"],
      ["returns.total.2023-to-h1-2024", "approximately", "3650000000"],
      ["holding.zhou.2024-02-29", "approximately", "13.85"],
    ]);
  });
});
