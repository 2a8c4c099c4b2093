import { describe, expect, it } from "vitest";
import { createChecks, Ledger, outcome, tally, tallyText } from "#engine/checks/index.ts";
import type { CheckOptions } from "#engine/checks/index.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { fact } from "./quantities.ts";

const place = { file: "content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx", line: 42 };

function setup(options: { onFailure?: "collect" | "throw" } = {}) {
  const ledger = new Ledger(options);
  return { ledger, checks: createChecks({ ledger, filing: "qfin-2024-09-27-6k", locate: () => place }) };
}

const label: CheckOptions = { label: "a check" };
const billion = (printed: string, id = printed) => fact(printed, { scale: "billion", id });

// Each kind of check, consistent and not, as the XBRL conformance suite pairs its cases.
describe("check kinds", () => {
  it("check: a computed figure equals a disclosed one", () => {
    const { checks } = setup();
    const net = checks.add(fact("3,573"), fact("(936)"));
    expect(checks.check("a", net, fact("2,636"), label).status).toBe("rounding");
    expect(checks.check("b", net, fact("2,637"), label).status).toBe("exact");
    expect(checks.check("c", net, fact("2,640"), label).status).toBe("inconsistent");
  });

  it("sum: parts add up to a total", () => {
    const { checks } = setup();
    const parts = [fact("1,697"), fact("169"), fact("235"), fact("103")];
    expect(checks.sumsTo("a", parts, fact("2,205"), label).status).toBe("rounding");
    expect(checks.sumsTo("b", parts, fact("2,208"), label).status).toBe("inconsistent");
  });

  it("direction: a figure moved the stated way", () => {
    const { checks } = setup();
    expect(checks.direction("a", billion("10.5"), billion("8.4"), "decrease", label).status).toBe("exact");
    expect(checks.direction("b", billion("10.5"), billion("8.4"), "increase", label).status).toBe("inconsistent");
    expect(checks.direction("c", billion("19.5"), billion("32.1"), "increase", label).status).toBe("exact");
    // Printed alike, the figures may still have moved either way within rounding, but not by more.
    expect(checks.direction("d", billion("8.4"), billion("8.4"), "decrease", label).status).toBe("rounding");
    expect(checks.direction("e", billion("8.4"), billion("8.5"), "decrease", label).status).toBe("inconsistent");
  });

  it("bound: a figure lies beyond a stated bound; “more than” excludes its end", () => {
    const { checks } = setup();
    const moreThan = fact("300", { unit: "USD", qualifier: "more-than" });
    const atLeast = fact("300", { unit: "USD", qualifier: "at-least" });
    const spent = (printed: string) => checks.add(fact(printed, { unit: "USD" }), fact("0", { unit: "USD" }));
    expect(checks.holds("a", spent("310"), moreThan, label).status).toBe("exact");
    expect(checks.holds("b", spent("300"), moreThan, label).status).toBe("rounding");
    expect(checks.holds("c", spent("299"), moreThan, label).status).toBe("inconsistent");
    const exactly300 = checks.exact(300, "USD", { scale: "million" });
    expect(checks.holds("d", exactly300, atLeast, label).status).toBe("exact");
    expect(checks.holds("e", exactly300, moreThan, label).status).toBe("inconsistent");
  });

  it("a direction or bound that passes outright is worded “holds”, not “exact”: nothing printed was rounded", () => {
    const { checks, ledger } = setup();
    const fell = checks.direction("a", billion("10.5"), billion("8.4"), "decrease", label);
    const within = checks.direction("b", billion("8.4", "x"), billion("8.4", "y"), "decrease", label);
    const bound = checks.holds(
      "c",
      checks.add(fact("310", { unit: "USD" }), fact("0", { unit: "USD" })),
      fact("300", { unit: "USD", qualifier: "more-than" }),
      label,
    );
    const sum = checks.check("d", fact("1", { id: "p" }), fact("1", { id: "q" }), label);
    expect([fell, within, bound, sum].map(outcome)).toEqual(["holds", "rounding", "holds", "exact"]);
    expect(tallyText(tally(ledger.results()))).toBe(
      "1 independent check (1 holds); also 3 consistency readings, not counted",
    );
  });

  it("agrees: two filings disclose one number alike, either printed more precisely", () => {
    const { checks } = setup();
    const annual = billion("16.6", "revenue.2023");
    const precise = fact("16,555", { id: "revenue.2023", filing: "qfin-2024-04-26-20f" });
    expect(checks.agrees("a", precise, annual, label).status).toBe("exact");
    expect(checks.agrees("b", annual, precise, label).status).toBe("exact");
    expect(
      checks.agrees("c", annual, fact("16.7", { scale: "billion", filing: "qfin-2024-04-26-20f" }), label).status,
    ).toBe("rounding");
    expect(checks.agrees("d", annual, fact("16,540", { filing: "qfin-2024-04-26-20f" }), label).status).toBe(
      "inconsistent",
    );
  });
});

describe("a declared discrepancy", () => {
  it("passes as expected, with its explanation, when the figures disagree", () => {
    const { checks, ledger } = setup();
    const result = checks.check("a", checks.add(fact("3,573"), fact("(936)")), fact("2,646"), {
      label: "net",
      discrepancy: "the filing restates one row",
    });
    expect([result.status, result.explanation, result.warnings]).toEqual([
      "expected-discrepancy",
      "the filing restates one row",
      [],
    ]);
    expect(ledger.failures()).toEqual([]);
  });

  it("is flagged stale when the figures agree, its status computed honestly", () => {
    const { checks, ledger } = setup();
    const result = checks.check("stale", checks.add(fact("3,573"), fact("(936)")), fact("2,636"), {
      label: "net",
      discrepancy: "thought off by one",
    });
    expect(result.status).toBe("rounding");
    expect(ledger.warnings()).toMatchInlineSnapshot(`
      [
        {
          "file": "content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx",
          "filing": "qfin-2024-09-27-6k",
          "id": "stale",
          "line": 42,
          "message": "check "stale" declares a discrepancy, but the figures agree within rounding: remove the declaration, or say why it is still expected",
        },
      ]
    `);
  });
});

describe("the ledger", () => {
  it("collects every failure, in order, and leaves failing to its caller", () => {
    const { checks, ledger } = setup();
    checks.check("a", fact("1"), fact("5"), label);
    checks.check("b", fact("1"), fact("1"), label);
    checks.check("c", fact("2"), fact("7"), label);
    expect(ledger.failures().map((failure) => failure.message.split("\n")[0])).toEqual([
      "check failed: a check [a]",
      "check failed: a check [c]",
    ]);
    expect(ledger.results().map((result) => result.status)).toEqual(["inconsistent", "exact", "inconsistent"]);
  });

  it("throws at the first failure when asked to, after recording it", () => {
    const { checks, ledger } = setup({ onFailure: "throw" });
    expect(() => checks.check("a", fact("1"), fact("5"), label)).toThrow(RecountError);
    expect(ledger.failures()).toHaveLength(1);
  });

  it("rejects an id used twice in one filing, and allows it in another", () => {
    const { checks, ledger } = setup();
    checks.check("net", fact("1"), fact("1"), label);
    const other = createChecks({ ledger, filing: "qfin-2024-11-20-6k", locate: () => place });
    expect(other.check("net", fact("1"), fact("1"), label).status).toBe("exact");
    expect(() => checks.check("net", fact("1"), fact("1"), label)).toThrowErrorMatchingInlineSnapshot(
      `[RecountError: check id "net" is used twice in filing qfin-2024-09-27-6k: first at content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx:42]`,
    );
  });

  it("writes JSON with decimals as strings, in base units", () => {
    const { checks, ledger } = setup();
    const newProvisions = fact("3,573", { id: "provisions.new.h1-2023" });
    const revision = fact("(936)", { id: "provisions.revision.h1-2023" });
    checks.sumsTo("net", [newProvisions, revision], fact("2,636", { id: "provisions.net.h1-2023" }), {
      label: "net provisions, H1 2023",
    });
    expect(JSON.parse(JSON.stringify(ledger))).toMatchInlineSnapshot(`
      {
        "checks": [
          {
            "against": [
              "test",
            ],
            "approximate": false,
            "computed": {
              "approximate": false,
              "facts": [
                "test/provisions.new.h1-2023",
                "test/provisions.revision.h1-2023",
              ],
              "hi": "2638000000",
              "lo": "2636000000",
              "printed": "RMB 2,636–2,638 million",
              "value": "2637000000",
            },
            "derivedFrom": [],
            "difference": "1000000",
            "disclosed": {
              "approximate": false,
              "facts": [
                "test/provisions.net.h1-2023",
              ],
              "hi": "2636500000",
              "lo": "2635500000",
              "printed": "RMB 2,635.5–2,636.5 million",
              "value": "2636000000",
            },
            "explanation": null,
            "facts": [
              "test/provisions.new.h1-2023",
              "test/provisions.revision.h1-2023",
              "test/provisions.net.h1-2023",
            ],
            "file": "content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx",
            "filing": "qfin-2024-09-27-6k",
            "formula": "3,573 + (936)",
            "id": "net",
            "kind": "sumsTo",
            "label": "net provisions, H1 2023",
            "line": 42,
            "passage": null,
            "reading": "independent",
            "sides": {
              "computed": "computed",
              "disclosed": "disclosed",
            },
            "status": "rounding",
            "tolerance": {
              "computed": "2000000",
              "disclosed": "1000000",
            },
            "unit": "RMB",
            "warnings": [],
          },
        ],
        "counts": {
          "exact": 0,
          "expected-discrepancy": 0,
          "inconsistent": 0,
          "rounding": 1,
        },
        "tally": {
          "byOutcome": {
            "exact": 0,
            "expected-discrepancy": 0,
            "holds": 0,
            "inconsistent": 0,
            "rounding": 1,
          },
          "consistency": 0,
          "derived": 0,
          "independent": 1,
        },
        "warnings": [],
      }
    `);
  });
});

describe("check options", () => {
  it("need a label, and a declared discrepancy needs its reason", () => {
    const { checks } = setup();
    expect(() => checks.check("a", fact("1"), fact("1"), { label: " " })).toThrowErrorMatchingInlineSnapshot(
      `[RecountError: check "a" has no label]`,
    );
    expect(() =>
      checks.check("b", fact("1"), fact("1"), { label: "x", discrepancy: "" }),
    ).toThrowErrorMatchingInlineSnapshot(`[RecountError: check "b" declares a discrepancy without saying why]`);
  });
});

describe("both: one figure disclosed twice", () => {
  const percent = (printed: string) => fact(printed, { unit: "percent" });

  it("checks that the two agree, and stands for the intersection of their intervals, printed as the finer", () => {
    const { checks, ledger } = setup();
    const joined = checks.both("a", percent("30"), percent("30.2"), label);
    expect([joined.lo.toFixed(), joined.value.toFixed(), joined.hi.toFixed()]).toEqual(["30.15", "30.2", "30.25"]);
    expect(joined.decimals).toBe(1);
    expect(joined.facts).toEqual(["test/30", "test/30.2"]);
    expect(ledger.results().map(({ id, kind, status }) => [id, kind, status])).toEqual([["a", "agrees", "exact"]]);
    // The ends may come one from each: 2,635.5–2,636.5 and 2,636.45–2,636.55 meet in 2,636.45–2,636.5.
    const overlapping = checks.both("b", fact("2,636"), fact("2,636.5"), label);
    expect([overlapping.lo.toFixed(), overlapping.value.toFixed(), overlapping.hi.toFixed()]).toEqual([
      "2636450000",
      "2636500000",
      "2636500000",
    ]);
  });

  it("lets no coarse duplicate hide an inconsistency", () => {
    const { checks } = setup();
    const parts = [fact("1,000.1"), fact("1,000.1")];
    // 2,000 alone allows 1,999.5–2,000.5 and would pass; printed also as 2,000.4, the total is 2,000.35–2,000.45.
    expect(checks.sumsTo("coarse", parts, fact("2,000"), label).status).not.toBe("inconsistent");
    expect(
      checks.sumsTo("fine", parts, checks.both("total", fact("2,000"), fact("2,000.4"), label), {
        ...label,
        bothComputed: true,
      }).status,
    ).toBe("inconsistent");
  });

  it("fails its check when the two do not meet, and the page runs on with the first", () => {
    const { checks, ledger } = setup();
    const first = percent("30");
    expect(checks.both("a", first, percent("32"), label)).toBe(first);
    expect(ledger.failures().map((error) => error.message.split("\n")[0])).toEqual(["check failed: a check [a]"]);
    expect(() => checks.both("b", first, fact("30"), label)).toThrow(RecountError);
  });
});
