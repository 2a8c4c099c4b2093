import { describe, expect, it } from "vitest";
import { factsRegistry } from "#engine/facts/registry.ts";
import { facts, loadFiling, source, writeFilings } from "./fixture.ts";
import { thrown } from "../support/thrown.ts";
import { expectError } from "../support/golden-words.ts";

/** The formatted errors of the fixture filing with `facts.yaml` (and `source.txt`) edited. */
function errors(editedFacts: string, editedSource = source): string {
  return loadFiling(editedSource, editedFacts)
    .errors.map((error) => error.format())
    .join("\n\n---\n\n");
}

/** The fixture's facts file with `from` replaced by `to`; fails loudly if `from` is not in it. */
function edit(from: string, to: string): string {
  expect(facts).toContain(from);
  return facts.replace(from, to);
}

describe("facts file errors", () => {
  it("the unedited fixture has none", () => {
    expect(errors(facts)).toBe("");
  });

  it("unknown fact id: suggests the closest ids", () => {
    const root = writeFilings({ "acme-6k": { source, facts } });
    const registry = factsRegistry(".", { root });
    expect(
      thrown(() =>
        registry.fact("acme-6k/provisions.net.2022", { at: { file: "acme-6k/pages/overview.mdx", line: 12 } }),
      ),
    ).toMatchInlineSnapshot(`
      "acme-6k/pages/overview.mdx:12
      unknown fact "provisions.net.2022" in filing acme-6k

      hint: did you mean "provisions.net.2023", "provisions.net.h1-2024" or "revenue.2022"?"
    `);
  });

  it("a cell named by a row or column label its table prints twice is refused, never the first taken", () => {
    const twice = [
      "Acme results for 2023.",
      "",
      "(RMB in millions)\t2023\t2022",
      "Revenues:\t\t",
      "Loans\t100\t90",
      "Other\t12\t10",
      "Expenses:\t\t",
      "Other\t7\t6",
      "",
    ].join("\n");
    const declared = (cell: string) =>
      `tables:\n  - id: t\n    header: "(RMB in millions)"\nfacts:\n  - id: other.2023\n    label: Other\n    period: FY2023\n    cell: { table: t, ${cell} }\nignore:\n  - pattern: '\\b(?:19|20)\\d{2}\\b|\\b(?:100|90|12|10|7|6)\\b'\n    reason: the rest of the table\n`;
    const found = errors(declared('row: Other, column: "2023"'), twice);
    expect(found).toContain('table t has 2 rows "Other", so the cell this names could be in either');
    expect(found).toContain("hint: anchor the fact by its quote instead");
    const columns = twice.replace("(RMB in millions)\t2023\t2022", "(RMB in millions)\tChange\tChange");
    expect(errors(declared("row: Loans, column: Change"), columns)).toContain(
      'table t has 2 columns "Change", so the cell this names could be in either',
    );
  });

  it("an amount printed in cents is refused: in dollars it would read a hundred times too large", () => {
    const cents = "Acme earned 55 cents per diluted share in 2023.\n";
    const found = errors(
      'facts:\n  - id: eps.2023\n    label: EPS\n    period: FY2023\n    quote: "Acme earned 55 cents per diluted share"\n    unit: USD\n    scale: one\nignore:\n  - pattern: "\\\\b2023\\\\b"\n    reason: a year\n',
      cents,
    );
    expect(found).toContain('"55 cents" is an amount in cents, which Recount has no unit for');
    expect(found).toContain("hint: ignore it with that reason");
  });

  it("an amount in another country's dollar is refused, however the quote cuts it: read as any dollar it would be another figure", () => {
    const taiwan = "Chunghwa earned NT$1.5 billion in 2023.\n";
    for (const quote of ["Chunghwa earned NT$1.5 billion", "$1.5 billion in", "1.5 billion in"]) {
      const found = errors(
        `facts:\n  - id: revenue.2023\n    label: Revenue\n    period: FY2023\n    quote: "${quote}"\n    unit: USD\nignore:\n  - pattern: "\\\\b2023\\\\b"\n    reason: a year\n`,
        taiwan,
      );
      expect(found, quote).toContain('"NT$1.5 billion" is in a currency Recount has no unit for (NT$)');
      expect(found, quote).toContain("hint: ignore it with that reason");
    }
  });

  it("duplicate id", () => {
    expect(errors(edit("id: revenue.2022", "id: revenue.2023"))).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:9
      fact id "revenue.2023" is declared twice (first at line 5)

         7 |     period: FY2023
         8 |     quote: Revenue was RMB 12.5 billion
      >  9 |   - id: revenue.2023
        10 |     label: Revenue
        11 |     period: FY2022

      hint: give each fact its own id"
    `);
  });

  it("quote not found: shows the closest passage", () => {
    expect(errors(edit("quote: Revenue was RMB 12.5 billion", "quote: Revenues were RMB 12.5 billion")))
      .toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:8
      quote not found in acme-6k/source.txt: "Revenues were RMB 12.5 billion"

         6 |     label: Revenue
         7 |     period: FY2023
      >  8 |     quote: Revenues were RMB 12.5 billion
         9 |   - id: revenue.2022
        10 |     label: Revenue

      hint: the closest passage, at line 2, reads "Revenue was RMB 12.5 billion"; copy the quote from the source verbatim (\\$ may be typed $, a line break as a space)"
    `);
  });

  it("quote found more than once", () => {
    expect(errors(edit("quote: leverage ratio was 2.4", "quote: ratio"))).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:20
      quote occurs 2 times in acme-6k/source.txt: "ratio"

        18 |     label: Leverage ratio
        19 |     period: 2023-12-31
      > 20 |     quote: ratio
        21 |     unit: ratio
        22 |   - id: provisions.net.2023

      hint: lengthen it until it occurs once (it occurs at lines 3, 10)"
    `);
  });

  it("the printed number not inside its quote", () => {
    expect(
      errors(edit("quote: up from RMB10.1 billion", "quote: up from RMB10.1 billion\n    number: RMB 10.1 billion")),
    ).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:13
      number "RMB 10.1 billion" is not in its quote "up from RMB10.1 billion"

        11 |     period: FY2022
        12 |     quote: up from RMB10.1 billion
      > 13 |     number: RMB 10.1 billion
        14 |   - id: buybacks
        15 |     label: Spent on buybacks

      hint: the quote prints "RMB10.1 billion"; copy one into number:"
    `);
  });

  it("number: that is only part of a longer printed number names no figure", () => {
    expect(
      errors(
        edit(
          "quote: Revenue was RMB 12.5 billion",
          "quote: Revenue was RMB 12.5 billion, up from RMB10.1 billion\n    number: 2.5 billion",
        ),
      ),
    ).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:9
      number "2.5 billion" is part of a longer printed number of its quote, not a number of its own

         7 |     period: FY2023
         8 |     quote: Revenue was RMB 12.5 billion, up from RMB10.1 billion
      >  9 |     number: 2.5 billion
        10 |   - id: revenue.2022
        11 |     label: Revenue

      hint: copy the whole printed number into number:, one of "RMB 12.5 billion", "RMB10.1 billion""
    `);
  });

  it("number: printed twice in its quote is refused, never the first taken", () => {
    const twice = source.replace(
      "Revenue was RMB 12.5 billion, up from RMB10.1 billion.",
      "Revenue was RMB 12.5 billion, up from RMB10.1 billion; RMB 12.5 billion was its goal.",
    );
    const found = errors(
      edit(
        "quote: Revenue was RMB 12.5 billion\n",
        "quote: Revenue was RMB 12.5 billion, up from RMB10.1 billion; RMB 12.5 billion was its goal.\n    number: RMB 12.5 billion\n",
      ),
      twice,
    );
    expect(found).toContain(
      'acme-6k/facts.yaml:9\nnumber "RMB 12.5 billion" is printed 2 times in its quote, so which one the fact is cannot be told',
    );
    expect(found).toContain("hint: shorten the quote to the clause that prints the fact's one");
  });

  it("a quote that prints several numbers needs number:", () => {
    expectError(
      errors(
        edit("quote: Revenue was RMB 12.5 billion", "quote: Revenue was RMB 12.5 billion, up from RMB10.1 billion"),
      ),
      { at: "acme-6k/facts.yaml:8", about: "quote prints 2 numbers", golden: "quote-prints-several-numbers" },
    );
  });

  it("a quote that prints a year and a figure gives the figure as its example, not the year", () => {
    const edited = source.replace(
      "**ACME Corp** reports for 2023.",
      "**ACME Corp** reports for 2023, with 4,200 staff.",
    );
    const staff =
      "  - id: staff\n    label: Staff\n    period: 2023-12-31\n    quote: reports for 2023, with 4,200 staff\n    unit: count\nignore:";
    expect(errors(edit("ignore:", staff), edited)).toContain(
      'hint: add number: with the one it is, e.g. number: "4,200"',
    );
  });

  it("table not found: lists the tables of the source", () => {
    expect(errors(edit("header: (RMB in millions)", "header: (US$ in millions)"))).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:3
      no table in acme-6k/source.txt starts with "(US$ in millions)"

        1 | tables:
        2 |   - id: provisions
      > 3 |     header: (US$ in millions)
        4 | facts:
        5 |   - id: revenue.2023

      hint: the tables start with "(RMB in millions) 2023 First Half of 2024""
    `);
  });

  it("two tables starting alike", () => {
    const twoTables = source.replace("¹ A ratio.", "(RMB in millions)\t2021\nNet Provisions\t1,000\n\n¹ A ratio.");
    expect(errors(facts, twoTables)).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:3
      2 tables in acme-6k/source.txt start with "(RMB in millions)"

        1 | tables:
        2 |   - id: provisions
      > 3 |     header: (RMB in millions)
        4 | facts:
        5 |   - id: revenue.2023

      hint: quote more of the header line, e.g. its column labels: "(RMB in millions) 2023 First Half of 2024", "(RMB in millions) 2021""
    `);
    expect(errors(edit("header: (RMB in millions)", "header: (RMB in millions) 2023"), twoTables)).toContain(
      'number "1,000" is neither a fact nor ignored',
    );
  });

  it.each([
    [
      "row not found: lists the rows",
      "row: Net Provision, column: 2023",
      'table provisions has no row "Net Provision"',
      'its rows are "Net Provisions", "Booking Ratio", "Provision Ratio"',
    ],
    [
      "column not found: lists the columns",
      "row: Net Provisions, column: 2022",
      'table provisions has no column "2022"',
      'its columns are "2023", "First Half of 2024"',
    ],
  ])("%s", (_, cell, message, hint) => {
    expect(errors(edit("row: Net Provisions, column: 2023", cell))).toBe(
      [
        "acme-6k/facts.yaml:25",
        message,
        "",
        "  23 |     label: Net provisions",
        "  24 |     period: FY2023",
        `> 25 |     cell: { table: provisions, ${cell} }`,
        "  26 |   - id: provisions.net.h1-2024",
        "  27 |     label: Net provisions",
        "",
        `hint: ${hint}`,
      ].join("\n"),
    );
  });

  it("a cell that prints nothing", () => {
    expect(errors(edit("row: Provision Ratio, column: 2023", "row: Booking Ratio, column: 2023")))
      .toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:33
      the cell "Booking Ratio" × "2023" of table provisions is empty

        31 |     label: Provision ratio
        32 |     period: FY2023
      > 33 |     cell: { table: provisions, row: Booking Ratio, column: 2023 }
        34 |   - id: ratio.h1-2024
        35 |     label: Provision ratio

      hint: it prints no number; anchor the fact at a cell that does"
    `);
  });

  it("unparsable printed form", () => {
    expect(errors(facts, source.replace("Net Provisions\t2,636", "Net Provisions\t90 day+"))).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:22
      cannot read a number from "90 day+"

        20 |     quote: leverage ratio was 2.4
        21 |     unit: ratio
      > 22 |   - id: provisions.net.2023
        23 |     label: Net provisions
        24 |     period: FY2023

      hint: a printed number is digits (1,880 or 17.0) with an optional qualifier (more than, approximately), currency (RMB, US$), scale word (million, bn, m), % and a minus sign or parentheses for a negative"
    `);
  });

  it("unit missing", () => {
    expectError(
      errors(edit("    quote: leverage ratio was 2.4\n    unit: ratio", "    quote: leverage ratio was 2.4")),
      { at: "acme-6k/facts.yaml:17", about: "has no unit", golden: "fact-without-unit" },
    );
  });

  it("scale missing", () => {
    expect(
      errors(
        edit("    quote: leverage ratio was 2.4\n    unit: ratio", "    quote: leverage ratio was 2.4\n    unit: RMB"),
      ),
    ).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:17
      "2.4" (RMB) has no scale: neither the source nor fact "leverage" says one

        15 |     period: FY2023
        16 |     quote: spent more than US$300 million
      > 17 |   - id: leverage
        18 |     label: Leverage ratio
        19 |     period: 2023-12-31

      hint: add scale: one, thousand, million, billion or trillion to the fact"
    `);
  });

  it("a unit the source contradicts", () => {
    expectError(
      errors(edit("    quote: Revenue was RMB 12.5 billion", "    quote: Revenue was RMB 12.5 billion\n    unit: USD")),
      { at: "acme-6k/facts.yaml:9", about: "says unit USD, but the source prints", golden: "fact-currency-mismatch" },
    );
  });

  it("period malformed", () => {
    expectError(errors(edit("period: FY2022", "period: 2022-13-01")), {
      at: "acme-6k/facts.yaml:11",
      about: "is malformed",
      golden: "fact-period-malformed",
    });
  });

  it("YAML syntax error, with its line", () => {
    expectError(errors(edit("label: Spent on buybacks", "label: Spent: on buybacks")), {
      at: "acme-6k/facts.yaml:14",
      about: "YAML syntax error",
      golden: "facts-yaml-syntax",
    });
  });

  it("entries the schema rejects, all in one pass", () => {
    const edited = edit("label: Revenue\n    period: FY2022", "period: FY2022\n    exact: true\n    colour: blue");
    expect(errors(edited)).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:9
      facts[1] has no label

         7 |     period: FY2023
         8 |     quote: Revenue was RMB 12.5 billion
      >  9 |   - id: revenue.2022
        10 |     period: FY2022
        11 |     exact: true

      hint: see step 3 of the README's "Adding a filing" ("Review the candidates") for what a facts file holds

      ---

      acme-6k/facts.yaml:12
      facts[1] has an unknown key "colour"

        10 |     period: FY2022
        11 |     exact: true
      > 12 |     colour: blue
        13 |     quote: up from RMB10.1 billion
        14 |   - id: buybacks

      hint: see step 3 of the README's "Adding a filing" ("Review the candidates") for what a facts file holds"
    `);
  });

  it("an exact fact without why, a fact with two anchors", () => {
    const edited = edit(
      "    quote: up from RMB10.1 billion",
      "    quote: up from RMB10.1 billion\n    exact: true",
    ).replace(
      "    quote: leverage ratio was 2.4",
      "    quote: leverage ratio was 2.4\n    cell: { table: provisions, row: Net Provisions, column: 2023 }",
    );
    expect(errors(edited)).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:13
      fact "revenue.2022" is exact but does not say why

        11 |     period: FY2022
        12 |     quote: up from RMB10.1 billion
      > 13 |     exact: true
        14 |   - id: buybacks
        15 |     label: Spent on buybacks

      hint: add why: saying how the number is known exactly (printed numbers are rounded)

      ---

      acme-6k/facts.yaml:18
      fact "leverage" needs one anchor: a quote or a cell

        16 |     period: FY2023
        17 |     quote: spent more than US$300 million
      > 18 |   - id: leverage
        19 |     label: Leverage ratio
        20 |     period: 2023-12-31

      hint: give it quote: (a passage of the source) or cell: { table, row, column }, not both"
    `);
  });

  it("a cell of an undeclared table", () => {
    expect(
      errors(
        edit(
          "{ table: provisions, row: Net Provisions, column: 2023 }",
          "{ table: provision, row: Net Provisions, column: 2023 }",
        ),
      ),
    ).toMatchInlineSnapshot(`
      "acme-6k/facts.yaml:25
      cell refers to table "provision", which is not declared

        23 |     label: Net provisions
        24 |     period: FY2023
      > 25 |     cell: { table: provision, row: Net Provisions, column: 2023 }
        26 |   - id: provisions.net.h1-2024
        27 |     label: Net provisions

      hint: declare it under tables: (declared: provisions)"
    `);
  });

  it("a number neither registered nor ignored", () => {
    expect(errors(facts, source.replace("on buybacks;", "on 12 buybacks;"))).toMatchInlineSnapshot(`
      "acme-6k/source.txt:3:39
      number "12" is neither a fact nor ignored: "…more than US$300 million on 12 buybacks; its leverage ratio…"

      hint: register it under facts: in acme-6k/facts.yaml, or add it under ignore: with a reason"
    `);
  });

  it("an ignore entry that accounts for no number", () => {
    expectError(errors(`${facts}  - quote: ACME Corp\n    reason: the name\n`), {
      at: "acme-6k/facts.yaml:43",
      about: "ignore entry accounts for no number",
      golden: "ignore-entry-unused",
    });
  });

  it("errors of different facts, reported together", () => {
    const edited = edit("row: Net Provisions, column: 2023", "row: Net Provision, column: 2023")
      .replace("period: FY2022", "period: FY22")
      .replace("quote: up from RMB10.1 billion", "quote: down from RMB10.1 billion");
    const reported = loadFiling(source, edited).errors;
    expect(reported.map((error) => error.message)).toEqual(['period "FY22" is malformed']);
    const semantic = loadFiling(source, edited.replace("period: FY22", "period: FY2022")).errors;
    expect(semantic.map((error) => error.message)).toEqual([
      `quote not found in acme-6k/source.txt: "down from RMB10.1 billion"`,
      `table provisions has no row "Net Provision"`,
    ]);
  });
});
