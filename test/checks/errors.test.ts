import { describe, expect, it } from "vitest";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import { thrown } from "../support/thrown.ts";
import { expectError } from "../support/golden-words.ts";
import { fact } from "./quantities.ts";

const checks = createChecks({
  ledger: new Ledger(),
  filing: "qfin-2024-09-27-6k",
  locate: () => ({ file: "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx", line: 17 }),
});

const repurchases = fact("300", { unit: "USD", id: "returns.repurchases.2024" });
const cash = fact("8.4", { scale: "billion", id: "cash.2024-06-30" });
const riskShare = fact("34.2", { unit: "percent", id: "loans.risk-bearing-share" });
const tenor = fact("9.97", { unit: "months", scale: "one", id: "loans.average-tenor" });
const days = fact("30", { unit: "days", scale: "one", id: "loans.grace" });

describe("units", () => {
  it("do not mix across currencies without an explicit rate", () => {
    expectError(
      thrown(() => checks.add(cash, repurchases)),
      {
        at: "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17",
        about: "they are in different currencies",
        golden: "currency-mismatch",
      },
    );
  });

  it("do not mix durations in different units, nor a duration with an amount", () => {
    expect(thrown(() => checks.add(tenor, days))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot add 9.97 months (loans.average-tenor) and 30 days (loans.grace): they are durations in different units

      hint: a filing's months and days do not convert exactly: compare figures the filing prints in one unit"
    `);
    expect(thrown(() => checks.check("tenor", tenor, cash, { label: "a tenor is not an amount" })))
      .toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot compare 9.97 months (loans.average-tenor) and RMB 8.4 billion (cash.2024-06-30): a duration in months and an amount in RMB do not mix

      hint: check that the formula uses the facts you meant"
    `);
  });

  it("do not let a currency be added to a percent", () => {
    expect(thrown(() => checks.sub(cash, riskShare))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot take the difference of RMB 8.4 billion (cash.2024-06-30) and 34.2% (loans.risk-bearing-share): an amount in RMB and a percent do not mix

      hint: check that the formula uses the facts you meant"
    `);
  });

  it("keep percents and ratios apart until one is converted", () => {
    expectError(
      thrown(() => checks.check("share", fact("0.342", { unit: "ratio" }), riskShare, { label: "share" })),
      {
        at: "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17",
        about: "one is a percent, the other a ratio",
        golden: "percent-ratio-mix",
      },
    );
    expect(
      checks.check("share", checks.asPercent(fact("0.342", { unit: "ratio" })), riskShare, { label: "share" }).status,
    ).toBe("exact");
  });

  it("scale automatically: millions and billions compare directly", () => {
    expect(checks.check("cash", fact("8,400", { id: "cash.millions" }), cash, { label: "cash" }).status).toBe("exact");
  });

  it("let only a percent or a ratio scale an amount", () => {
    expect(thrown(() => checks.mul(cash, cash))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot multiply RMB 8.4 billion (cash.2024-06-30) and RMB 8.4 billion (cash.2024-06-30): only a percent or a ratio scales an amount

      hint: multiply by a percent or a ratio; to relate two amounts, use ratio(a, b) or share(part, whole)"
    `);
  });
});

describe("denominators", () => {
  it("may not include zero", () => {
    expect(thrown(() => checks.div(cash, fact("0.0", { unit: "ratio", id: "leverage" })))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot divide by 0.0 (leverage): its interval, −0.05 to 0.05, includes zero

      hint: divide by a figure that is clearly not zero at its printed precision, or leave this computation out"
    `);
    expect(thrown(() => checks.ratio(cash, checks.exact(0, "RMB")))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot divide by RMB 0: it is zero

      hint: divide by a figure that is clearly not zero at its printed precision, or leave this computation out"
    `);
    expect(thrown(() => checks.growth(fact("0"), cash))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot divide by RMB 0 million (0): its interval, RMB (0.5)–0.5 million, includes zero

      hint: divide by a figure that is clearly not zero at its printed precision, or leave this computation out"
    `);
    expect(thrown(() => checks.share(fact("1"), [fact("1"), fact("(1)")]))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot take the share of RMB 1 million (1) in parts it is not one of

      hint: pass the very quantity that is among the parts, or the total as one quantity: share(part, total)"
    `);
  });

  it("may be a point away from zero, or an interval that stays on one side", () => {
    expect(checks.div(cash, fact("(0.4)", { unit: "ratio" })).hi.isNegative()).toBe(true);
  });
});

describe("conversions", () => {
  const rate = fact("7.1", { unit: "ratio", id: "fx.rmb-per-usd.2024-06-28" });

  it("go either way with one rate", () => {
    expect(checks.convert(repurchases, rate, "RMB per USD").unit).toBe("RMB");
    expect(checks.convert(cash, rate, "RMB per USD").unit).toBe("USD");
  });

  it("need a rate that is a disclosed ratio, and an amount in one of its currencies", () => {
    expect(thrown(() => checks.convert(repurchases, checks.exact(7.1, "ratio"), "RMB per USD"))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot convert at 7.1: the rate comes from no disclosed fact

      hint: declare the exchange rate a filing states (such as the rate it uses for convenience translations) as a fact, and convert at it"
    `);
    expect(thrown(() => checks.convert(repurchases, riskShare, "RMB per USD"))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot convert at 34.2% (loans.risk-bearing-share): an exchange rate is a ratio, and this is a percent

      hint: declare the rate as a fact with unit: ratio"
    `);
    expect(thrown(() => checks.convert(riskShare, rate, "RMB per USD"))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot convert 34.2% (loans.risk-bearing-share) at a rate in RMB per USD: it is a percent

      hint: convert an amount in RMB or USD"
    `);
  });
});

describe("exact numbers", () => {
  it("are digits", () => {
    expect(checks.exact("2,636", "RMB", { scale: "million" }).value.toFixed()).toBe("2636000000");
    expect(thrown(() => checks.exact("about 100", "percent"))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot read "about 100" as an exact number

      hint: write digits, such as exact(100, "percent") or exact("0.5", "ratio")"
    `);
  });
});

describe("directions", () => {
  it("are an increase or a decrease", () => {
    const from = fact("10.5", { scale: "billion" });
    expect(thrown(() => checks.direction("cash", from, cash, "down" as "decrease", { label: "cash fell" })))
      .toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot check a direction "down"

      hint: say "increase" or "decrease""
    `);
  });
});

describe("bounds", () => {
  it("must be open on one side", () => {
    expect(thrown(() => checks.holds("bound", repurchases, repurchases, { label: "bound" }))).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/02-cash.mdx:17
      cannot check against US$300 million (returns.repurchases.2024) as a bound: it has two ends

      hint: a bound is a fact printed with "more than", "at least", "less than" or "at most"; to compare with a figure, use check(id, computed, disclosed, options)"
    `);
  });
});
