// The bad-input corpus: each folder of test/fixtures/invalid changes the valid base content one way an editor
// might get it wrong. For each, `npm run check` and the real build must fail with the message pinned here,
// and leave no output folder behind (the project starts with one from an earlier build).
import { expect, test, vi } from "vitest";
import { caseNames, limit, problems, runCase } from "./cases.ts";

// Each case is two processes; two cases at a time keep a two-core machine busy without thrashing it.
const queue = limit(2);
// A test waits for its case, which may wait for the cases before it.
vi.setConfig({ testTimeout: 180_000 });
const names = await caseNames();
const outcomes = new Map(names.map((name) => [name, queue(() => runCase(name))]));
// A case's failure is reported by its test; until then it is not an unhandled rejection.
for (const outcome of outcomes.values()) outcome.catch(() => {});
const tested = new Set<string>();

async function outcome(name: string) {
  tested.add(name);
  const result = outcomes.get(name);
  if (!result) throw new Error(`no case folder test/fixtures/invalid/${name}`);
  return result;
}

/** What the editor is told, once check and build have both failed on the case and left no `dist/`. */
async function fails(name: string): Promise<string> {
  const { check, build } = await outcome(name);
  expect(check.code, check.output).not.toBe(0);
  expect(build.code, build.output).not.toBe(0);
  expect(build.outDirLeft, "the failed build left its output folder").toBe(false);
  const message = problems(check.output);
  expect(build.output).toContain(message);
  return message;
}

test("bound-not-held", async () => {
  expect(await fails("bound-not-held")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23
    check failed: The two teams add up to more than 1,200 employees, as the filing says [employees.at-least-the-teams]
      computed    1,150
                  = 700 + 450
      bound       more than 1,200
                  "The Company had more than 1,200 employees"
                  content/filings/demo-2024-03-28-20f/facts.yaml:34
      difference  computed is at most 1,150, 50 short of the bound

    hint: check the formula and the bound's qualifier ("more than", "at least"); if the text itself is wrong, declare it: { label, discrepancy: "why" }"
  `);
});

test("candidates-unreviewed", async () => {
  expect(await fails("candidates-unreviewed")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:48
    1 candidate is not reviewed yet:
      content/filings/demo-2024-03-28-20f/facts.yaml:48  fact employees.2023-12-31

    hint: move each one under facts: to confirm it (check its id, label and period), or under ignore: with a reason"
  `);
});

test("cell-never-closed", async () => {
  expect(await fails("cell-never-closed")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:22
    this cell is never closed

      20 | \`\`\`
      21 | 
    > 22 | \`\`\`ts cell
      23 | const note = "unfinished";
      24 | 

    hint: end it with a line of \`\`\`"
  `);
});

test("cell-option-unknown", async () => {
  expect(await fails("cell-option-unknown")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:11
    unknown cell option \`hdie\`

       9 | The table splits revenues into loan facilitation and platform fees.
      10 | 
    > 11 | \`\`\`ts cell hdie caption="The parts and the total"
      12 | const loans = fact("revenue.loans.2023");
      13 | const fees = fact("revenue.fees.2023");

    hint: cells take hide, collapse, open, caption="…""
  `);
});

test("cell-redeclares-global", async () => {
  expect(await fails("cell-redeclares-global")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23:7
    cell 2 declares \`fact\`, a name the notebook already provides

      21 | 
      22 | \`\`\`ts cell
    > 23 | const fact = 1;
      24 | \`\`\`
      25 | 

    hint: choose another name; \`fact\` is given to every cell"
  `);
});

test("cell-syntax-error", async () => {
  expect(await fails("cell-syntax-error")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23:20
    cell 2 has a syntax error: Unexpected token

      21 | 
      22 | \`\`\`ts cell
    > 23 | const growth2023 = ;
      24 | \`\`\`
      25 | 

    hint: cells are TypeScript; fix the code at the marked line"
  `);
});

test("cell-throws", async () => {
  expect(await fails("cell-throws")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23:114
    cell 2 threw TypeError: Cannot read properties of undefined (reading 'slice')

      21 | 
      22 | \`\`\`ts cell
    > 23 | const years = [fact("revenue.total.2023"), fact("employees.2023-12-31")].map((quantity) => quantity.period.start.slice(0, 4));
      24 | years
      25 | \`\`\`

    hint: fix the marked statement or the values it uses; the error's cause has the full stack"
  `);
});

test("cell-type-error", async () => {
  expect(await fails("cell-type-error")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23:29
    cell 2 has a type error: The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type. (TS2362)

      21 | 
      22 | \`\`\`ts cell
    > 23 | const perEmployee: number = fact("revenue.total.2023").value / 1200;
      24 | perEmployee
      25 | \`\`\`

    hint: fix the types at the marked line"
  `);
});

test("check-inconsistent", async () => {
  expect(await fails("check-inconsistent")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:16
    check failed: FY2023: loan facilitation and platform fees make up total revenues [revenue.parts-make-total.2023]
      computed    RMB 12,099–12,101 million
                  = 7,500 + 4,600
                  facts: demo-2024-03-28-20f/revenue.loans.2023, demo-2024-03-28-20f/revenue.fees.2023
      disclosed   RMB 11,999.5–12,000.5 million, printed 12,000
                  "Total revenues 10,000 12,000"
                  content/filings/demo-2024-03-28-20f/facts.yaml:30
      difference  computed is RMB 100 million above disclosed; rounding explains RMB 1.5 million of it

    hint: check that every part is listed once, with its printed sign (a printed (936) is already negative); if the filing's own figures disagree, declare it: { label, discrepancy: "why" }"
  `);
});

test("currency-mismatch", async () => {
  expect(await fails("currency-mismatch")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23:1
    cannot add RMB 12,000 million (revenue.total.2023) and US$50 million: they are in different currencies

    hint: convert one with convert(amount, rate, "RMB per USD"), the rate a disclosed fact"
  `);
});

test("direction-contradicted", async () => {
  expect(await fails("direction-contradicted")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23
    check failed: Revenues fell from 2022 to 2023 [revenue.fell]
      stated      a decrease from RMB 10.0 billion to RMB 12.0 billion
      change      RMB 1.9–2.1 billion
                  = RMB 12.0 billion − RMB 10.0 billion
      from        RMB 9.95–10.05 billion, printed RMB 10.0 billion
                  "up from RMB 10.0 billion in 2022"
                  content/filings/demo-2024-03-28-20f/facts.yaml:13
      to          RMB 11.95–12.05 billion, printed RMB 12.0 billion
                  "reported total revenues of RMB 12.0 billion in 2023"
                  content/filings/demo-2024-03-28-20f/facts.yaml:8
      difference  to is above from by at least RMB 1.9 billion

    hint: check the order (from, then to) and the facts' periods; if the text itself is wrong, declare it: { label, discrepancy: "why" }"
  `);
});

test("duplicate-check-id", async () => {
  expect(await fails("duplicate-check-id")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23
    check id "revenue.parts-make-total.2023" is used twice in filing demo-2024-03-28-20f: first at content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:16

    hint: give each check its own id; the ledger, the site and failure messages name checks by it"
  `);
});

test("duplicate-fact-id", async () => {
  expect(await fails("duplicate-fact-id")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:13
    fact id "revenue.total.text.2023" is declared twice (first at line 8)

      11 |     quote: reported total revenues of RMB 12.0 billion in 2023
      12 |     number: RMB 12.0 billion
    > 13 |   - id: revenue.total.text.2023
      14 |     label: Total revenues, as the text gives them
      15 |     period: FY2022

    hint: give each fact its own id"
  `);
});

test("fact-currency-mismatch", async () => {
  expect(await fails("fact-currency-mismatch")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:13
    fact "revenue.total.text.2023" says unit USD, but the source prints "RMB 12.0 billion" (RMB)

      11 |     quote: reported total revenues of RMB 12.0 billion in 2023
      12 |     number: RMB 12.0 billion
    > 13 |     unit: USD
      14 |   - id: revenue.total.text.2022
      15 |     label: Total revenues, as the text gives them

    hint: remove unit: from the fact; the printed form decides"
  `);
});

test("fact-period-malformed", async () => {
  expect(await fails("fact-period-malformed")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:15
    period "FY22" is malformed

      13 |   - id: revenue.total.text.2022
      14 |     label: Total revenues, as the text gives them
    > 15 |     period: FY22
      16 |     quote: up from RMB 10.0 billion in 2022
      17 |     number: RMB 10.0 billion

    hint: write FY2022, H1 2024, Q2 2024, a month 2024-06, an instant 2024-06-30 or a duration 2024-01-01..2024-09-27"
  `);
});

test("fact-period-not-a-day", async () => {
  expect(await fails("fact-period-not-a-day")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:36
    period "2023-12-32" is malformed

      34 |   - id: employees.2023-12-31
      35 |     label: Employees
    > 36 |     period: 2023-12-32
      37 |     quote: The Company had 1,200 employees
      38 |     unit: count

    hint: write FY2022, H1 2024, Q2 2024, a month 2024-06, an instant 2024-06-30 or a duration 2024-01-01..2024-09-27"
  `);
});

test("fact-scale-mismatch", async () => {
  expect(await fails("fact-scale-mismatch")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:18
    fact "revenue.total.text.2022" says scale million, but the source prints "RMB 10.0 billion" (billion)

      16 |     quote: up from RMB 10.0 billion in 2022
      17 |     number: RMB 10.0 billion
    > 18 |     scale: million
      19 |   - id: revenue.loans.share.2023
      20 |     label: Loan facilitation's share of total revenues

    hint: remove scale: from the fact; the printed form decides"
  `);
});

test("fact-without-unit", async () => {
  expect(await fails("fact-without-unit")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:34
    "1,200" has no unit: neither the source nor fact "employees.2023-12-31" says one

      32 |     period: FY2023
      33 |     cell: { table: revenues, row: Total revenues, column: 2023 }
    > 34 |   - id: employees.2023-12-31
      35 |     label: Employees
      36 |     period: 2023-12-31

    hint: add unit: ratio, percent, count, RMB or USD to the fact"
  `);
});

test("facts-unknown-key", async () => {
  expect(await fails("facts-unknown-key")).toMatchInlineSnapshot(`
    "2 problems found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:37
    facts[6] has an unknown key "qoute"

      35 |     label: Employees
      36 |     period: 2023-12-31
    > 37 |     qoute: The Company had 1,200 employees
      38 |     unit: count
      39 | 

    hint: see src/facts/schema.ts for what a facts file holds

    content/filings/demo-2024-03-28-20f/facts.yaml:34
    fact "employees.2023-12-31" needs one anchor: a quote or a cell

      32 |     period: FY2023
      33 |     cell: { table: revenues, row: Total revenues, column: 2023 }
    > 34 |   - id: employees.2023-12-31
      35 |     label: Employees
      36 |     period: 2023-12-31

    hint: give it quote: (a passage of the source) or cell: { table, row, column }, not both"
  `);
});

test("facts-yaml-syntax", async () => {
  expect(await fails("facts-yaml-syntax")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:27
    YAML syntax error: Nested mappings are not allowed in compact mappings

      25 |     cell: { table: revenues, row: Loan facilitation, column: 2023 }
      26 |   - id: revenue.fees.2023
    > 27 |     label: Platform fees: listing and service
      28 |     period: FY2023
      29 |     cell: { table: revenues, row: Platform fees, column: 2023 }

    hint: fix the YAML at this line; a value containing ": " or " #" needs quotes around it"
  `);
});

test("filing-date-not-a-day", async () => {
  expect(await fails("filing-date-not-a-day")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/filing.yaml:4
    filed: is not a real calendar day

      2 | tickers: ["NASDAQ: DEMO"]
      3 | form: 20-F
    > 4 | filed: 2024-02-30
      5 | title: Demo Lending's annual report for 2023
      6 | summary: >-

    hint: see the filing metadata fields in the README ("Adding a filing")"
  `);
});

test("filing-folder-invalid-id", async () => {
  expect(await fails("filing-folder-invalid-id")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/Demo_2024:1
    the filing folder "Demo_2024" is not a valid filing id

    hint: use lowercase letters, digits and dashes, e.g. qfin-2024-09-27-6k"
  `);
});

test("filing-metadata-missing", async () => {
  expect(await fails("filing-metadata-missing")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/filing.yaml:1
    the filing demo-2024-03-28-20f has no metadata file

    hint: create filing.yaml with issuer, tickers, form, filed, title and summary"
  `);
});

test("filing-metadata-unknown-key", async () => {
  expect(await fails("filing-metadata-unknown-key")).toMatchInlineSnapshot(`
    "2 problems found in the content:

    content/filings/demo-2024-03-28-20f/filing.yaml:1
    tickers: Invalid input: expected array, received undefined

    > 1 | issuer: Demo Lending, Inc.
      2 | ticker: ["NASDAQ: DEMO"]
      3 | form: 20-F

    hint: see the filing metadata fields in the README ("Adding a filing")

    content/filings/demo-2024-03-28-20f/filing.yaml:1
    filing metadata: Unrecognized key: "ticker"

    > 1 | issuer: Demo Lending, Inc.
      2 | ticker: ["NASDAQ: DEMO"]
      3 | form: 20-F

    hint: see the filing metadata fields in the README ("Adding a filing")"
  `);
});

test("ignore-entry-unused", async () => {
  expect(await fails("ignore-entry-unused")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:51
    ignore entry accounts for no number: "Demo Lending, Inc."

      49 |   - quote: "Total revenues\\t10,000"
      50 |     reason: the 2022 columns are not checked here
    > 51 |   - quote: Demo Lending, Inc.
      52 |     reason: the issuer's name
      53 | 

    hint: remove it, or fix it to cover a number the source prints"
  `);
});

test("ignore-pattern-invalid", async () => {
  expect(await fails("ignore-pattern-invalid")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:41
    pattern is not a valid regular expression

      39 | 
      40 | ignore:
    > 41 |   - pattern: \\b20(?:22|23\\b
      42 |     reason: years name periods
      43 |   - quote: December 31

    hint: write a JavaScript regular expression, without slashes"
  `);
});

test("number-not-in-quote", async () => {
  expect(await fails("number-not-in-quote")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:12
    number "RMB 13.0 billion" is not in its quote "reported total revenues of RMB 12.0 billion in 2023"

      10 |     period: FY2023
      11 |     quote: reported total revenues of RMB 12.0 billion in 2023
    > 12 |     number: RMB 13.0 billion
      13 |   - id: revenue.total.text.2022
      14 |     label: Total revenues, as the text gives them

    hint: the quote prints "RMB 12.0 billion", "2023"; copy one into number:"
  `);
});

test("number-unaccounted", async () => {
  expect(await fails("number-unaccounted")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/source.txt:8:41
    number "3.4" is neither a fact nor ignored: "…had 1,200 employees serving 3.4 million borrowers as of…"

    hint: register it under facts: in content/filings/demo-2024-03-28-20f/facts.yaml, or add it under ignore: with a reason"
  `);
});

test("page-frontmatter-invalid", async () => {
  expect(await fails("page-frontmatter-invalid")).toMatchInlineSnapshot(`
    "2 problems found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:2
    title: Invalid input: expected string, received undefined

      1 | ---
    > 2 | titel: Revenues
      3 | order: 0
      4 | description: Revenues by source, checked against the total the text gives.

    hint: see the page frontmatter fields in the README ("Adding a filing")

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:2
    page frontmatter: Unrecognized key: "titel"

      1 | ---
    > 2 | titel: Revenues
      3 | order: 0
      4 | description: Revenues by source, checked against the total the text gives.

    hint: see the page frontmatter fields in the README ("Adding a filing")"
  `);
});

test("page-frontmatter-missing", async () => {
  expect(await fails("page-frontmatter-missing")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:1
    the page has no frontmatter

    hint: start it with a --- line, then title:, order: and description:, then another --- line"
  `);
});

test("percent-ratio-mix", async () => {
  expect(await fails("percent-ratio-mix")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23:1
    cannot compare 0.6250 (7,500 ÷ 12,000) and 62.5% (revenue.loans.share.2023): one is a percent, the other a ratio

    hint: make the ratio a percent with asPercent(ratio)"
  `);
});

test("quote-not-in-source", async () => {
  expect(await fails("quote-not-in-source")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:16
    quote not found in content/filings/demo-2024-03-28-20f/source.txt: "up from RMB 10.0 billion in FY2022"

      14 |     label: Total revenues, as the text gives them
      15 |     period: FY2022
    > 16 |     quote: up from RMB 10.0 billion in FY2022
      17 |     number: RMB 10.0 billion
      18 |   - id: revenue.loans.share.2023

    hint: the closest passage, at line 1, reads "up from RMB 10.0 billion in 2022"; copy the quote from the source verbatim (\\$ may be typed $, a line break as a space)"
  `);
});

test("quote-occurs-twice", async () => {
  expect(await fails("quote-occurs-twice")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:21
    quote occurs 2 times in content/filings/demo-2024-03-28-20f/source.txt: "62.5% of total revenues"

      19 |     label: Loan facilitation's share of total revenues
      20 |     period: FY2023
    > 21 |     quote: 62.5% of total revenues
      22 |   - id: revenue.loans.2023
      23 |     label: Revenues from loan facilitation

    hint: lengthen it until it occurs once (it occurs at lines 1, 1)"
  `);
});

test("quote-prints-several-numbers", async () => {
  expect(await fails("quote-prints-several-numbers")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:16
    quote prints 2 numbers, so fact "revenue.total.text.2022" must say which: "RMB 10.0 billion", "2022"

      14 |     label: Total revenues, as the text gives them
      15 |     period: FY2022
    > 16 |     quote: up from RMB 10.0 billion in 2022
      17 |   - id: revenue.loans.share.2023
      18 |     label: Loan facilitation's share of total revenues

    hint: add number: with the one it is, e.g. number: "RMB 10.0 billion""
  `);
});

test("source-missing", async () => {
  expect(await fails("source-missing")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    cannot read content/filings/demo-2024-03-28-20f/source.txt

    hint: each filing folder needs facts.yaml and source.txt"
  `);
});

test("table-column-not-found", async () => {
  expect(await fails("table-column-not-found")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:33
    table revenues has no column "2024"

      31 |     label: Total revenues
      32 |     period: FY2023
    > 33 |     cell: { table: revenues, row: Total revenues, column: 2024 }
      34 |   - id: employees.2023-12-31
      35 |     label: Employees

    hint: its columns are "2022", "2023""
  `);
});

test("table-header-not-found", async () => {
  expect(await fails("table-header-not-found")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:5
    no table in content/filings/demo-2024-03-28-20f/source.txt starts with "(US$ in millions)"

      3 | tables:
      4 |   - id: revenues
    > 5 |     header: (US$ in millions)
      6 | 
      7 | facts:

    hint: the tables start with "(RMB in millions) 2022 2023""
  `);
});

test("table-row-not-found", async () => {
  expect(await fails("table-row-not-found")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/facts.yaml:29
    table revenues has no row "Platform fee"

      27 |     label: Platform fees
      28 |     period: FY2023
    > 29 |     cell: { table: revenues, row: Platform fee, column: 2023 }
      30 |   - id: revenue.total.2023
      31 |     label: Total revenues

    hint: its rows are "Loan facilitation", "Platform fees", "Total revenues""
  `);
});

test("unknown-fact-id", async () => {
  expect(await fails("unknown-fact-id")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:13:14
    unknown fact "revenue.fee.2023" in filing demo-2024-03-28-20f

    hint: did you mean "revenue.fees.2023", "revenue.loans.2023" or "revenue.total.2023"?"
  `);
});

test("unknown-filing-in-reference", async () => {
  expect(await fails("unknown-filing-in-reference")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23:70
    unknown filing "demo-2025-03-27-20f" in fact "demo-2025-03-27-20f/revenue.total.2023"

    hint: filings with facts: demo-2024-03-28-20f"
  `);
});

test("zero-denominator", async () => {
  expect(await fails("zero-denominator")).toMatchInlineSnapshot(`
    "1 problem found in the content:

    content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:24:1
    cannot divide by RMB 0 million (12,000 − 12,000): its interval, RMB (1)–1 million, includes zero

    hint: divide by a figure that is clearly not zero at its printed precision, or leave this computation out"
  `);
});

// A declared discrepancy that no longer is one only warns (settle.ts): the figures agree, so nothing wrong
// would be published; the warning asks the editor to remove or re-explain the declaration.
test("discrepancy-stale", async () => {
  const { check, build } = await outcome("discrepancy-stale");
  expect(check.code, check.output).toBe(0);
  expect(build.code, build.output).toBe(0);
  const warnings = check.output.split("\n").filter((line) => line.startsWith("warning: "));
  expect(warnings).toMatchInlineSnapshot(`
    [
      "warning: content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:16 revenue.parts-make-total.2023: check "revenue.parts-make-total.2023" declares a discrepancy, but the figures agree exactly: remove the declaration, or say why it is still expected",
    ]
  `);
  for (const warning of warnings) expect(build.output).toContain(warning.replace(/^warning: /, "[WARN] [recount] "));
});

test("every case folder has a test", () => {
  expect([...tested].sort()).toEqual(names);
});
