import { describe, expect, it } from "vitest";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import { fact } from "./quantities.ts";

const filing = "qfin-2024-09-27-6k";
const facts = `content/filings/${filing}/facts.yaml`;
const row = (label: string, cells: string) => `${label}\t${cells}`;

/** A failed check's error as an editor reads it. */
function failure(make: (checks: ReturnType<typeof createChecks>) => void): string {
  const ledger = new Ledger();
  make(
    createChecks({
      ledger,
      filing,
      locate: () => ({ file: `content/filings/${filing}/pages/01-provisions.mdx`, line: 42 }),
    }),
  );
  const [error] = ledger.failures();
  if (!error) throw new Error("expected the check to fail");
  return error.format();
}

const net = fact("2,636", {
  id: "provisions.net.h1-2023",
  filing,
  quote: row("Net Provisions", "6,584\t5,767\t2,636\t2,205"),
  file: facts,
  line: 41,
});

describe("a failed check says what to fix", () => {
  it("an equality: both intervals, the formula and its facts, the quote and where the fact is declared", () => {
    const message = failure(({ check, add }) => {
      const newProvisions = fact("3,583", { id: "provisions.new.h1-2023", filing });
      const revision = fact("(936)", { id: "provisions.revision.h1-2023", filing });
      check("provisions.net.h1-2023", add(newProvisions, revision), net, {
        label: "Net provisions are new provisions plus revisions, H1 2023",
      });
    });
    expect(message).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx:42
      check failed: Net provisions are new provisions plus revisions, H1 2023 [provisions.net.h1-2023]
        computed    RMB 2,646–2,648 million
                    = 3,583 + (936)
                    facts: qfin-2024-09-27-6k/provisions.new.h1-2023, qfin-2024-09-27-6k/provisions.revision.h1-2023
        disclosed   RMB 2,635.5–2,636.5 million, printed 2,636
                    "Net Provisions 6,584 5,767 2,636 2,205"
                    content/filings/qfin-2024-09-27-6k/facts.yaml:41
        difference  computed is RMB 11 million above disclosed; rounding explains RMB 1.5 million of it

      hint: check the formula and the facts it uses against the source; if the filing's own figures disagree, declare it: { label, discrepancy: "why" }"
    `);
  });

  it("a sum", () => {
    const message = failure(({ sumsTo }) => {
      const parts = ["1,002", "151", "45", "1,448"].map((printed, i) =>
        fact(printed, { id: `provisions.component-${i + 1}.h1-2023`, filing }),
      );
      sumsTo("provisions.components.h1-2023", parts, net, {
        label: "The four components add up to net provisions, H1 2023",
      });
    });
    expect(message).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx:42
      check failed: The four components add up to net provisions, H1 2023 [provisions.components.h1-2023]
        computed    RMB 2,644–2,648 million
                    = 1,002 + 151 + 45 + 1,448
                    facts: qfin-2024-09-27-6k/provisions.component-1.h1-2023, qfin-2024-09-27-6k/provisions.component-2.h1-2023, qfin-2024-09-27-6k/provisions.component-3.h1-2023, qfin-2024-09-27-6k/provisions.component-4.h1-2023
        disclosed   RMB 2,635.5–2,636.5 million, printed 2,636
                    "Net Provisions 6,584 5,767 2,636 2,205"
                    content/filings/qfin-2024-09-27-6k/facts.yaml:41
        difference  computed is RMB 10 million above disclosed; rounding explains RMB 2.5 million of it

      hint: check that every part is listed once, with its printed sign (a printed (936) is already negative); if the filing's own figures disagree, declare it: { label, discrepancy: "why" }"
    `);
  });

  it("a direction", () => {
    const quote =
      "The Company's cash and cash equivalent decreased from RMB10.5 billion as of December 31, 2022 to RMB 8.4 billion as of June 30, 2024";
    const message = failure(({ direction }) => {
      const from = fact("RMB10.5 billion", {
        scale: "billion",
        id: "cash.2022-12-31",
        filing,
        quote,
        file: facts,
        line: 88,
      });
      const to = fact("RMB 12.1 billion", {
        scale: "billion",
        id: "cash.2024-06-30",
        filing,
        quote,
        file: facts,
        line: 93,
      });
      direction("cash.decreased", from, to, "decrease", { label: "Cash decreased from end-2022 to mid-2024" });
    });
    expect(message).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx:42
      check failed: Cash decreased from end-2022 to mid-2024 [cash.decreased]
        stated      a decrease from RMB10.5 billion to RMB 12.1 billion
        change      RMB 1.5–1.7 billion
                    = RMB 12.1 billion − RMB10.5 billion
        from        RMB 10.45–10.55 billion, printed RMB10.5 billion
                    "The Company's cash and cash equivalent decreased from RMB10.5 billion as of December 31, 2022 to RMB 8.4 billion as of June 30, 2024"
                    content/filings/qfin-2024-09-27-6k/facts.yaml:88
        to          RMB 12.05–12.15 billion, printed RMB 12.1 billion
                    "The Company's cash and cash equivalent decreased from RMB10.5 billion as of December 31, 2022 to RMB 8.4 billion as of June 30, 2024"
                    content/filings/qfin-2024-09-27-6k/facts.yaml:93
        difference  to is above from by at least RMB 1.5 billion

      hint: check the order (from, then to) and the facts' periods; if the text itself is wrong, declare it: { label, discrepancy: "why" }"
    `);
  });

  it("a bound", () => {
    const quote =
      "in 2024, the Company has spent more than US$300 million to repurchase its America Depositary Shares (ADSs)";
    const message = failure(({ holds, sum }) => {
      const quarters = ["120", "95", "70"].map((printed, i) =>
        fact(printed, { unit: "USD", id: `repurchases.q${i + 1}-2024`, filing: "qfin-2024-11-20-6k" }),
      );
      const bound = fact("more than US$300 million", {
        unit: "USD",
        qualifier: "more-than",
        id: "returns.repurchases.2024",
        filing,
        quote,
        file: facts,
        line: 30,
      });
      holds("repurchases.more-than-300", sum(quarters), bound, { label: "Repurchases in 2024 exceed US$300 million" });
    });
    expect(message).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx:42
      check failed: Repurchases in 2024 exceed US$300 million [repurchases.more-than-300]
        computed    US$283.5–286.5 million
                    = 120 + 95 + 70
                    facts: qfin-2024-11-20-6k/repurchases.q1-2024, qfin-2024-11-20-6k/repurchases.q2-2024, qfin-2024-11-20-6k/repurchases.q3-2024
        bound       more than US$300 million
                    "in 2024, the Company has spent more than US$300 million to repurchase its America Depositary Shares (ADSs)"
                    content/filings/qfin-2024-09-27-6k/facts.yaml:30
        difference  computed is at most US$286.5 million, US$13.5 million short of the bound

      hint: check the formula and the bound's qualifier ("more than", "at least"); if the text itself is wrong, declare it: { label, discrepancy: "why" }"
    `);
  });

  it("an agreement between filings", () => {
    const message = failure(({ agrees }) => {
      const here = fact("RMB16.3 billion", {
        scale: "billion",
        id: "revenue.2023",
        filing,
        quote: "total revenues of RMB16.6 billion and RMB16.3 billion, respectively",
        file: facts,
        line: 12,
      });
      const annual = fact("16,390", {
        id: "revenue.2023",
        filing: "qfin-2024-04-26-20f",
        quote: row("Total net revenue", "16,614\t16,390"),
        cell: { table: "income", row: "Total net revenue", column: "2023" },
        file: "content/filings/qfin-2024-04-26-20f/facts.yaml",
        line: 7,
      });
      agrees("revenue.2023.agrees", here, annual, { label: "2023 revenue agrees with the annual report" });
    });
    expect(message).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx:42
      check failed: 2023 revenue agrees with the annual report [revenue.2023.agrees]
        qfin-2024-09-27-6k/revenue.2023   RMB 16.25–16.35 billion, printed RMB16.3 billion
                                          "total revenues of RMB16.6 billion and RMB16.3 billion, respectively"
                                          content/filings/qfin-2024-09-27-6k/facts.yaml:12
        qfin-2024-04-26-20f/revenue.2023  RMB 16,389.5–16,390.5 million, printed 16,390
                                          "Total net revenue 16,614 16,390"
                                          row "Total net revenue", column "2023" of table income
                                          content/filings/qfin-2024-04-26-20f/facts.yaml:7
        difference                        qfin-2024-09-27-6k/revenue.2023 is RMB 90 million below qfin-2024-04-26-20f/revenue.2023; rounding explains RMB 50.5 million of it

      hint: compare the two quotes; if a filing restated the figure, declare it: { label, discrepancy: "why" }"
    `);
  });

  it("a percent: differences in percentage points", () => {
    const message = failure(({ check, share }) => {
      const parts = [fact("1,002"), fact("151"), fact("45"), fact("1,438")];
      check(
        "share",
        share(parts[0], parts),
        fact("37.5", {
          unit: "percent",
          id: "provisions.loans-share.h1-2023",
          filing,
          quote: "37.5%",
          file: facts,
          line: 60,
        }),
        { label: "Loans' share of provisions" },
      );
    });
    expect(message).toMatchInlineSnapshot(`
      "content/filings/qfin-2024-09-27-6k/pages/01-provisions.mdx:42
      check failed: Loans' share of provisions [share]
        computed    37.978–38.046%
                    = 1,002 ÷ (1,002 + 151 + 45 + 1,438)
                    facts: test/1,002, test/151, test/45, test/1,438
        disclosed   37.45–37.55%, printed 37.5
                    "37.5%"
                    content/filings/qfin-2024-09-27-6k/facts.yaml:60
        difference  computed is 0.512 percentage points above disclosed; rounding explains 0.083 percentage points of it

      hint: check the formula and the facts it uses against the source; if the filing's own figures disagree, declare it: { label, discrepancy: "why" }"
    `);
  });
});
