import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { factsRegistry } from "#engine/facts/registry.ts";
import { readSource } from "#engine/facts/source.ts";
import { sourceReader, cellWordErrors, wordErrors } from "#engine/prose/check-words.ts";
import { notVerifiable } from "#engine/checks/labels.ts";
import type { EvaluatedCell } from "#engine/notebook/run-notebook.ts";
import { findQuotation } from "#engine/prose/find-quotation.ts";
import { pageProse } from "#engine/page/prose.ts";

const release = readSource(
  "The Company’s cash decreased from RMB10.5 billion to RMB 8.4 billion primarily because of loan growth. " +
    "It distributed approximately US\\$180 million to shareholders,\nand “ICE” loans are not included.\n",
  "acme/source.txt",
);

describe("findQuotation", () => {
  test.each([
    ["verbatim", "cash decreased from RMB10.5 billion"],
    ["typographic and straight marks alike, across a line break", `shareholders, and "ICE" loans`],
    ["a \\$ escape as a $", "approximately US\\$180 million"],
    ["the first letter in either case", "the Company's cash decreased"],
    ["an ellipsis for words left out", "cash decreased … primarily because of loan growth"],
    ["brackets for words added", "[the Company] distributed approximately US$180 million"],
    ["a single word the source prints", "primarily"],
  ])("finds a quotation %s", (_, quotation) => {
    expect(findQuotation(release, quotation)).toEqual({ found: true });
  });

  test("refuses words the source does not print, and shows the closest passage in whole words", () => {
    expect(findQuotation(release, "cash fell sharply")).toMatchObject({
      found: false,
      outOfOrder: false,
      closest: { line: 1, text: "cash decreased" },
    });
    expect(findQuotation(release, "approximately US$190 million")).toMatchObject({ found: false });
    expect(findQuotation(release, "robust")).toMatchObject({ found: false });
  });

  test("refuses an ellipsis whose parts are out of order, naming the part", () => {
    expect(findQuotation(release, "primarily because of loan growth … cash decreased")).toMatchObject({
      found: false,
      outOfOrder: true,
      part: "cash decreased",
    });
  });
});

describe("pageProse", () => {
  const page = [
    "---",
    'title: "A title"',
    "---",
    "",
    'The release says "cash decreased" and <q data-filing="other-20f">something else</q>.',
    "",
    '```ts cell caption="not prose"',
    'notVerifiable("in a cell", "the cell checks its own")',
    "```",
    "",
    'Inline `"code"` is not a quotation; “typographic <Fact id="cash.2024" /> marks” are.',
    "",
    "> A block quotation",
    "> on two lines.",
  ].join("\n");

  test("finds the quotations a reader sees, with their filing and line, and nothing in code or frontmatter", () => {
    const { quotations } = pageProse(page);
    const shown = quotations.map(({ pieces, filing, line }) => ({
      text: pieces.map((piece) => (piece.kind === "text" ? piece.text : `<${piece.kind}>`)).join(""),
      filing,
      line,
    }));
    expect(shown).toEqual([
      { text: "cash decreased", filing: undefined, line: 5 },
      { text: "something else", filing: "other-20f", line: 5 },
      { text: "typographic <fact> marks", filing: undefined, line: 11 },
      { text: "A block quotation\non two lines.", filing: undefined, line: 13 },
    ]);
  });

  test("leaves out code at any depth, as the build reads the page: in a block quote, a list item, a tilde fence", () => {
    const nested = [
      "> ```",
      '> say("a block quote of code")',
      "> ```",
      "",
      "- An item:",
      "",
      "  ```",
      '  say("a list item\'s code")',
      "  ```",
      "",
      "> ~~~",
      '> say("code in tildes")',
      "> ~~~",
      "",
      'Then "words" again.',
    ].join("\n");
    expect(pageProse(nested).quotations.map(({ pieces, line }) => ({ pieces: pieces.length, line }))).toEqual([
      { pieces: 1, line: 15 },
    ]);
  });
});

describe("pageProse reads quotations as a reader sees them", () => {
  const quoted = (body: string) =>
    pageProse(`---\ntitle: t\n---\n\n${body}\n`).quotations.map(({ pieces, filing, line }) => ({
      text: pieces.map((piece) => (piece.kind === "text" ? piece.text : `<${piece.kind}>`)).join(""),
      filing,
      line,
    }));

  test("every quotation mark, typed or as an entity, and a mark left open quotes to its block's end", () => {
    expect(
      quoted(
        [
          "“a” ‘b’ «c» „d“ ‹e› »f« &ldquo;g&rdquo; &#8216;h&#8217; &laquo;i&raquo; &quot;j&quot; &#x201E;k&#x201C;",
          "",
          "The company’s ‘own words’ and “l, left open",
        ].join("\n"),
      ).map(({ text }) => text),
    ).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "own words", "l, left open"]);
  });

  test("block quotes of every form: in a list item, by lazy continuation, as <blockquote>, with its filing", () => {
    expect(
      quoted(
        [
          "- > in a list item",
          "",
          "> first line",
          "lazy continuation",
          "",
          '<blockquote data-filing="other-20f">as HTML</blockquote>',
        ].join("\n"),
      ),
    ).toEqual([
      { text: "in a list item", filing: undefined, line: 5 },
      { text: "first line\nlazy continuation", filing: undefined, line: 7 },
      { text: "as HTML", filing: "other-20f", line: 10 },
    ]);
  });

  test("attributes a reader sees, literals in braces, and words split by emphasis", () => {
    expect(
      quoted(
        '<abbr title="“made up”">x</abbr> ![“alt”](/a.png "“title”") <span aria-label="«label»">y</span> {"“literal”"} “split *by* **emphasis**”',
      ).map(({ text }) => text),
    ).toEqual(["made up", "alt", "title", "label", "literal", "split by emphasis"]);
  });

  test("reads a 1 MB hostile page within seconds: unclosed comments in attributes, marks, tags and braces", () => {
    // Lines of at most 1,000 characters, as markup.ts allows: the parser's time grows with a line's square.
    const line = `<abbr title="${"<!--x".repeat(190)}">x</abbr> "a <b>{c}</b> {d} `;
    const hostile = `${line}\n\n`.repeat(Math.ceil(1_000_000 / line.length));
    const started = performance.now();
    const { pieces } = pageProse(`---\ntitle: t\n---\n\n${hostile}\n`);
    expect(pieces.length).toBeGreaterThan(1000);
    // 1.4 s measured on a quiet machine; 20 s allows for a busy one, and a quadratic scan takes minutes.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe("wordErrors", () => {
  const root = mkdtempSync(join(tmpdir(), "recount-words-"));
  const dir = join(root, "content/filings/acme-6k");
  mkdirSync(join(dir, "pages"), { recursive: true });
  writeFileSync(join(dir, "source.txt"), "Mr. Zhou owned approximately 13.8% of the shares.\n");
  writeFileSync(
    join(dir, "facts.yaml"),
    "facts:\n  - id: holding\n    label: Holding\n    period: 2024-02-29\n    quote: owned approximately 13.8% of the shares\n",
  );
  const facts = factsRegistry("content/filings", { root });
  const errors = (text: string) =>
    wordErrors({
      file: "acme.mdx",
      text: `---\ntitle: t\n---\n\n${text}\n`,
      filing: "acme-6k",
      facts,
      source: sourceReader(root),
    }).map((error) => error.message);

  test("reads the sources through the reader it is given, so that one verification reads each source once", () => {
    const read = sourceReader(root);
    const asked: string[] = [];
    const context = {
      file: "acme.mdx",
      filing: "acme-6k",
      facts,
      source: (filing: string) => (asked.push(filing), read(filing)),
    };
    wordErrors({ ...context, text: '---\ntitle: t\n---\n\nHe "owned approximately 13.8%".\n' });
    cellWordErrors({
      ...context,
      text: "",
      // Only a cell's output is read while its statement is found in the source.
      cells: [
        {
          output: notVerifiable("Mr. Zhou owned approximately 13.8%", "a holding"),
          hasOutput: true,
          options: {},
          startLine: 1,
          endLine: 1,
        },
      ] as unknown as EvaluatedCell[],
      checks: [],
    });
    expect(asked).toEqual(["acme-6k", "acme-6k"]);
  });

  test("passes a quotation whose <Fact> prints the words the source has", () => {
    expect(errors('The release says he "owned <Fact id="holding" /> of the shares".')).toEqual([]);
  });

  test("fails a qualifier written before a figure that prints its own, and inside a quotation reads it twice", () => {
    expect(errors('He owned approximately <Fact id="holding" />.')).toEqual([
      'qualifier written twice: "approximately" before <Fact id="holding" />, which prints "approximately 13.8%"',
    ]);
  });

  test("fails a qualified figure typed bare, and passes it typed with its qualifier", () => {
    expect(errors("He owned 13.8% of the shares.")).toEqual([
      'approximate figure shown without its qualifier: "13.8%", which the filing prints "approximately 13.8%"',
    ]);
    expect(errors("He owned approximately 13.8% of the shares.")).toEqual([]);
  });

  test("fails made-up quotations and bare qualified figures in the title and description, as YAML reads them", () => {
    expect(
      wordErrors({
        file: "acme.mdx",
        text: '---\ntitle: \'He said “we lied”\'\ndescription: "He \\"owned 13.8%\\""\n---\n\nText.\n',
        filing: "acme-6k",
        facts,
        source: sourceReader(root),
      }).map((error) => `${error.location!.line}: ${error.message}`),
    ).toEqual([
      '2: quotation not found in content/filings/acme-6k/source.txt: "we lied"',
      '3: quotation not found in content/filings/acme-6k/source.txt: "owned 13.8%"',
      '3: approximate figure shown without its qualifier: "13.8%", which the filing prints "approximately 13.8%"',
    ]);
  });

  test("fails made-up quotations in the claim card's fields, a folded value read whole, at the line it starts", () => {
    const text = [
      "---",
      "title: t",
      "claim:",
      "  allegation: >-",
      "    The report claimed, as the release",
      '    describes it, that "it was all made up".',
      "  answer: The company says “nothing of the kind”.",
      "  summary: No quotation.",
      "---",
      "",
      "Text.",
    ].join("\n");
    expect(
      wordErrors({ file: "acme.mdx", text, filing: "acme-6k", facts, source: sourceReader(root) }).map(
        (error) => `${error.location!.line}: ${error.message}`,
      ),
    ).toEqual([
      '4: quotation not found in content/filings/acme-6k/source.txt: "it was all made up"',
      '7: quotation not found in content/filings/acme-6k/source.txt: "nothing of the kind"',
    ]);
  });

  test("fails a qualified figure respelled, in an attribute or after a no-break space, by its value", () => {
    expect(
      errors(
        'He owned 13.80% of them, <abbr title="13.8 %">this</abbr> and approximately\u00a013.8% and “about 13.8%”.',
      ),
    ).toEqual([
      'quotation not found in content/filings/acme-6k/source.txt: "about 13.8%"',
      'approximate figure shown without its qualifier: "13.80%", which the filing prints "approximately 13.8%"',
      'approximate figure shown without its qualifier: "13.8 %", which the filing prints "approximately 13.8%"',
    ]);
  });

  test("fails a {name} that no cell on the page defines", () => {
    expect(
      wordErrors({
        file: "acme.mdx",
        text: "---\ntitle: t\n---\n\n{frontmatter.title} and {holding.printed}\n",
        filing: "acme-6k",
        facts,
        source: sourceReader(root),
        values: { holding: undefined },
      }).map((error) => error.message),
    ).toEqual(["{frontmatter.title} names nothing a cell on this page defines"]);
  });

  test("fails a computed value inside a quotation", () => {
    expect(errors('He "owned {holding} of the shares".')).toEqual([
      "a computed value, {holding}, stands inside a quotation",
    ]);
  });
});
