import { mkdtemp, readFile, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { findCandidates } from "#tools/scaffold/candidates.ts";
import { htmlText, isHtml } from "#tools/scaffold/html-text.ts";
import { projectRoot } from "../support/astro.ts";
import { runCommand } from "./support/larkspur.ts";

const fixtures = join(projectRoot, "test/fixtures/new-filing/html");
const exhibit = readFileSync(join(fixtures, "larkspur-ex99-1.htm"), "utf8");

describe("an HTML filing", () => {
  test("reads as the text of the filing: blocks as paragraphs, tables as rows of tab-separated cells, scripts and styles dropped", async () => {
    await expect(htmlText(exhibit)).toMatchFileSnapshot(join(fixtures, "larkspur-ex99-1.txt"));
  });

  test("keeps what a filing's tables and prose print: a unit line, parenthesised negatives, split percents, entities, footnote markers", () => {
    const lines = htmlText(exhibit).split("\n");
    expect(lines).toContain("(RMB in millions)\t2023\t2024");
    expect(lines).toContain("Revision of previous provisions (write-back)\t(402)\t(483)");
    expect(lines).toContain("Provision ratio\t4.5%\t4.8%");
    expect(lines).toContain("Net provisions¹\t5,608\t5,912");
    expect(lines.join("\n")).toContain("Larkspur Lending Ltd. (the “Company”)");
    expect(lines.join("\n")).toContain("in 2023.¹");
    for (const dropped of ["analytics", "margin", "Enable scripts", "document.write", "&nbsp;", "&amp;", "\u00a0"])
      expect(lines.join("\n")).not.toContain(dropped);
    expect(htmlText("<p>a<br>b</p><p>c</p>")).toBe("a\nb\n\nc\n");
    expect(
      htmlText(
        "<table><tr><td>Net income</td><td></td><td>US$</td><td>1,210</td></tr><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>",
      ),
    ).toBe("Net income\t1,210\ninner\t\n");
  });

  test("lays tables out as the browser does: empty cells kept, colspan and rowspan on the grid, spacing columns left out", () => {
    // The exhibit: the header's corner cell is empty, the unit line a row of its own across the table.
    const table = [
      "<table>",
      '<tr><td colspan="7">(RMB in millions)</td></tr>',
      '<tr><td></td><td></td><td colspan="2">Q3 2023</td><td></td><td colspan="2">Q3 2024</td></tr>',
      "<tr><td>Loan volume</td><td></td><td>RMB</td><td>1,200</td><td></td><td>RMB</td><td>1,500</td></tr>",
      '<tr><td rowspan="2">Of which</td><td>capital-light</td><td></td><td>(20</td><td>)</td><td></td><td>35</td></tr>',
      "<tr><td>other</td><td></td><td>7</td><td></td><td></td><td></td></tr>",
      "</table>",
    ].join("");
    expect(htmlText(table)).toBe(
      [
        "(RMB in millions)",
        "\t\tQ3 2023\tQ3 2024",
        "Loan volume\t\t1,200\t1,500",
        "Of which\tcapital-light\t(20)\t35",
        "\tother\t7\t",
        "",
      ].join("\n"),
    );
    // A figure lands under its own period, in the unit the line before the table gives.
    const source = `Results.\n\n${htmlText(table)}`;
    const { facts } = findCandidates(source);
    expect(facts.find(({ printed }) => printed === "1,500")).toMatchObject({
      period: "Q3 2024",
      unit: "RMB",
      scale: "million",
      anchor: { row: "Loan volume", column: "Q3 2024" },
    });
    expect(facts.find(({ printed }) => printed === "1,200")).toMatchObject({ period: "Q3 2023" });
  });

  test("proposes no cell of a table whose rows and header differ in width", () => {
    const { facts, tables } = findCandidates("(RMB in millions)\t2023\t2024\nRevenue\t\t5\t6\nCosts\t3\t4\n");
    expect(tables).toEqual([]);
    expect(facts.map(({ anchor }) => "quote" in anchor)).toEqual([true, true, true, true]);
  });

  test("is told from plain text by its name or its first characters", () => {
    expect([
      isHtml("ex99-1.htm", ""),
      isHtml("x.txt", "<!DOCTYPE html>\n<html>"),
      isHtml("x.txt", "Total revenues were"),
    ]).toEqual([true, true, false]);
  });

  test("scaffolds to its text, which the candidates' anchors refer to, and filing.yaml names the original", async () => {
    const root = await mkdtemp(join(tmpdir(), "recount-html-"));
    try {
      const { code, output } = await runCommand(
        root,
        `npm run new:filing -- --id larkspur-2025-03-12 ${join(fixtures, "larkspur-ex99-1.htm")}`,
        { code: projectRoot },
      );
      expect(code, output).toBe(0);
      const dir = join(root, "content/filings/larkspur-2025-03-12");
      const source = await readFile(join(dir, "source.txt"), "utf8");
      expect(source).toBe(htmlText(exhibit));
      const metadata = parse(await readFile(join(dir, "filing.yaml"), "utf8")) as Record<string, unknown>;
      expect(metadata).toMatchObject({
        original: "larkspur-ex99-1.htm",
        issuer: "Larkspur Lending Ltd.",
        filed: "2025-03-12",
      });
      const { facts, tables } = findCandidates(source);
      expect(tables).toEqual([{ id: "table-1", header: "(RMB in millions)" }]);
      expect(facts.find(({ id }) => id === "revision-of-previous-provisions-write-back.2024")).toMatchObject({
        printed: "(483)",
        sign: "negative",
        unit: "RMB",
        scale: "million",
      });
      expect(facts.find(({ id }) => id === "new-provisions.2024")).toMatchObject({
        printed: "6,395",
        unit: "RMB",
        scale: "million",
      });
      expect(facts.find(({ id }) => id === "total-revenues.growth.2024")?.anchor).toEqual({
        quote: "Total revenues were RMB 12.4 billion in 2024, up 8.8% from RMB 11.4 billion in 2023.¹",
        number: "8.8%",
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
