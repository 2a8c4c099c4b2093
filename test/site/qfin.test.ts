import { describe, expect, test } from "vitest";
import { page, parse } from "../support/dist.ts";

const filing = "/filings/qfin-2024-09-27-6k/";
const sections = ["samr-data", "regional-headquarters", "qibutianxia-vie", "delinquency-and-provisions", "leverage", "interest-rates"];

describe("the QFIN 6-K explainer", () => {
  test("the overview's table of claims links every rebuttal section", async () => {
    const overview = parse(await page(`${filing}overview/`));
    const linked = [...overview.querySelectorAll("table.claims th[scope=row] a")].map((a) => a.getAttribute("href"));
    expect(linked).toEqual(sections.map((section) => `${filing}${section}/`));
  });

  test("the claims table states what each section's page found, from its checks and outputs", async () => {
    const overview = parse(await page(`${filing}overview/`));
    const rows = [...overview.querySelectorAll("table.claims tbody tr")];
    const findings = rows.map((row) => [...row.lastElementChild!.querySelectorAll("p")].map((p) => p.textContent));
    expect(findings.every((lines) => lines.length > 0)).toBe(true);
    expect(new Set(findings.map((lines) => lines.join("\n"))).size).toBe(sections.length);
    // The delinquency page's sums and directions, counted in the ledger.
    const { checks } = JSON.parse(await page("/data/ledger.json")) as { checks: { kind: string; status: string; file: string }[] };
    const own = checks.filter((check) => check.file.endsWith("04-delinquency-and-provisions.mdx"));
    const sums = own.filter((check) => check.kind === "sum");
    const rounding = sums.filter((check) => check.status === "rounding").length;
    const delinquency = findings[sections.indexOf("delinquency-and-provisions")]!;
    expect(delinquency).toContain(`Parts added up: ${sums.length} of ${sums.length} make their totals, ${rounding} only within rounding.`);
    expect(delinquency).toContain(`Rises and falls the release states: ${own.filter((check) => check.kind === "direction").length} of ${own.filter((check) => check.kind === "direction").length} hold.`);
    // The SAMR page's finding cell: the range of the gap in 2022 revenues, as the page shows it.
    const samr = parse(await page(`${filing}samr-data/`));
    const row = [...samr.querySelectorAll(".cell-output tbody tr")].find((tr) => /Total revenues\s*FY2022/.test(tr.textContent!) && tr.querySelector(".range"))!;
    const [gap, percent] = [...row.querySelectorAll(".range")].map((range) => range.textContent!.trim().replace(/^\((.*)\)$/, "$1"));
    expect(findings[sections.indexOf("samr-data")]).toContain(`Total revenues, FY2022: gap (SAMR − SEC) ${gap}; gap as % of SEC figure ${percent}.`);
  });

  test.each(sections)("the %s section has at least one chart, and every chart its data", async (section) => {
    const html = parse(await page(`${filing}${section}/`));
    const figures = [...html.querySelectorAll("figure.chart")];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.querySelector("svg[role=img]")).not.toBeNull();
      const csv = figure.querySelector("a[download], a[href$='.csv']")!.getAttribute("href")!;
      expect((await page(`${filing}${section}/${csv}`)).split("\r\n").length).toBeGreaterThan(2);
    }
  });

  test("the ledger has at least 20 checks, all passing, two of them within rounding", async () => {
    const { checks, coverage } = JSON.parse(await page("/data/ledger.json")) as {
      checks: { id: string; status: string; filing: string }[];
      coverage: { filing: string; unaccounted: unknown[]; found: number }[];
    };
    const qfin = checks.filter((check) => check.filing === "qfin-2024-09-27-6k");
    expect(qfin.length).toBeGreaterThanOrEqual(20);
    expect(qfin.filter((check) => !["exact", "rounding", "expected-discrepancy"].includes(check.status))).toEqual([]);
    expect(qfin.filter((check) => check.status === "rounding").map((check) => check.id)).toEqual(
      expect.arrayContaining(["provisions.net-is-new-plus-revision.h1-2023", "provisions.net-is-four-categories.h1-2024"]),
    );
    expect(coverage.find((entry) => entry.filing === "qfin-2024-09-27-6k")).toMatchObject({ unaccounted: [] });
    const ledger = parse(await page(`${filing}ledger/`));
    for (const check of qfin) expect(ledger.getElementById(`check-${check.id}`), check.id).not.toBeNull();
  });

  test("every disclosed number on a section page links, in one click, to its marked place in the source", async () => {
    const source = parse(await page(`${filing}source/`));
    let links = 0;
    for (const section of sections) {
      for (const link of parse(await page(`${filing}${section}/`)).querySelectorAll("a.fact")) {
        const target = decodeURIComponent(link.getAttribute("href")!.split("#")[1]!);
        expect(source.getElementById(target)?.tagName, target).toBe("MARK");
        links++;
      }
    }
    expect(links).toBeGreaterThan(40);
  });
});
