import { describe, expect, it } from "vitest";
import { factRecord, factsReport } from "#engine/facts/json.ts";
import { facts, loadFiling, source } from "./fixture.ts";

describe("factsReport", () => {
  const loaded = loadFiling(source, facts);
  const report = JSON.parse(JSON.stringify(factsReport([loaded])));

  it("gives each fact as plain JSON: decimal strings in base units, null for an unbounded end", () => {
    expect(report.facts.find(({ id }: { id: string }) => id === "buybacks")).toEqual({
      id: "buybacks",
      filing: "acme-6k",
      printed: "more than US$300 million",
      value: "300000000",
      lo: "300000000",
      hi: null,
      unit: "USD",
      scale: "million",
      period: { kind: "duration", start: "2023-01-01", end: "2023-12-31", label: "FY2023" },
      qualifier: "more-than",
      quote: "spent more than US$300 million",
      file: "acme-6k/facts.yaml",
      line: 13,
    });
    expect(report.facts).toEqual([...loaded.facts.values()].map(factRecord));
  });

  it("gives one coverage entry per filing", () => {
    expect(report.coverage).toEqual([
      {
        filing: "acme-6k",
        found: 13,
        registered: 8,
        ignored: [
          { printed: "2023", reason: "years name periods", line: 1 },
          { printed: "2023", reason: "years name periods", line: 5 },
          { printed: "2024", reason: "years name periods", line: 5 },
          { printed: "¹", reason: "footnote markers", line: 8 },
          { printed: "¹", reason: "footnote markers", line: 10 },
        ],
        unaccounted: [],
      },
    ]);
  });

  it("writes no exponent, however large the number", () => {
    const record = factRecord({
      ...loaded.facts.get("revenue.2023")!,
      value: loaded.facts.get("revenue.2023")!.value.times("1e20"),
    });
    expect(record.value).toBe("1250000000000000000000000000000");
  });
});
