import { describe, expect, test } from "vitest";
import { page, parse } from "../support/dist.ts";
import { qfinFiling, qfinSections } from "./qfin-pages.ts";

const filing = `/filings/${qfinFiling}/`;
const sections = qfinSections;

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
    const { checks } = JSON.parse(await page("/data/ledger.json")) as {
      checks: {
        kind: string;
        status: string;
        file: string;
        reading: string;
        against: string[];
        sides: { disclosed: string };
      }[];
    };
    // Counted as every count on the site is: independent checks only, derived ones and consistency readings apart.
    const own = checks.filter(
      (check) => check.file.endsWith("04-delinquency-and-provisions.mdx") && check.reading === "independent",
    );
    const sums = own.filter((check) => check.kind === "sumsTo" && check.against.length === 0);
    const rounding = sums.filter((check) => check.status === "rounding").length;
    const delinquency = findings[sections.indexOf("delinquency-and-provisions")]!;
    expect(delinquency).toContain(
      `Parts added up: ${sums.length} of ${sums.length} make their totals, ${rounding} only within rounding.`,
    );
    const inferred = own.filter((check) => check.kind === "direction" && check.sides.disclosed === "inferred").length;
    expect(delinquency).toContain(
      `Rises and falls Recount reads from the figures (the filing does not state them): ${inferred} of ${inferred} hold.`,
    );
    // The SAMR page's finding cell: the range of the gap in 2022 revenues, as the page shows it.
    const samr = parse(await page(`${filing}samr-data/`));
    const row = [...samr.querySelectorAll(".cell-output tbody tr")].find(
      (tr) => /Total revenues\s*FY2022/.test(tr.textContent!) && tr.querySelector(".range"),
    )!;
    const [gap, percent] = [...row.querySelectorAll(".range")].map((range) =>
      range.textContent!.trim().replace(/^\((.*)\)$/, "$1"),
    );
    expect(findings[sections.indexOf("samr-data")]).toContain(
      `Total revenues, FY2022: gap (SAMR − SEC) ${gap}; gap as % of SEC figure ${percent}.`,
    );
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

  test("the ledger has at least 15 checks, all passing, two of them within rounding", async () => {
    const { checks, coverage } = JSON.parse(await page("/data/ledger.json")) as {
      checks: { id: string; status: string; filing: string }[];
      coverage: { filing: string; unaccounted: unknown[]; found: number }[];
    };
    const qfin = checks.filter((check) => check.filing === qfinFiling);
    expect(qfin.length).toBeGreaterThanOrEqual(15);
    expect(qfin.filter((check) => !["exact", "rounding", "expected-discrepancy"].includes(check.status))).toEqual([]);
    expect(qfin.filter((check) => check.status === "rounding").map((check) => check.id)).toEqual(
      expect.arrayContaining([
        "provisions.net-is-new-plus-revision.h1-2023",
        "provisions.net-is-four-categories.h1-2024",
      ]),
    );
    expect(coverage.find((entry) => entry.filing === qfinFiling)).toMatchObject({ unaccounted: [] });
    const ledger = parse(await page(`${filing}ledger/`));
    for (const check of qfin) expect(ledger.getElementById(`check-${check.id}`), check.id).not.toBeNull();
  });

  test("every disclosed number on a section page links, in one click, to its marked place in the source", async () => {
    // A figure of another filing (an excerpt the page checks against) links to that filing's source.
    const sources = new Map<string, ReturnType<typeof parse>>();
    let links = 0;
    for (const section of sections) {
      for (const link of parse(await page(`${filing}${section}/`)).querySelectorAll("a.fact")) {
        const [path, hash] = link.getAttribute("href")!.split("#");
        if (!sources.has(path!)) sources.set(path!, parse(await page(path!)));
        const target = decodeURIComponent(hash!);
        expect(sources.get(path!)!.getElementById(target)?.tagName, target).toBe("MARK");
        links++;
      }
    }
    expect(links).toBeGreaterThan(40);
  });
});

describe("the 6-K checked against the filings it cites", () => {
  const crossChecks = [
    "provisions.loans-receivable.2022.matches-annual-report",
    "provisions.financial-assets.2022.matches-annual-report",
    "provisions.accounts-receivable.2022.matches-annual-report",
    "provisions.contingent.2022.matches-annual-report",
    "provisions.net.2022.matches-annual-report",
    "sec.revenue.2022.matches-annual-report-2022",
    "sec.revenue.2022.matches-annual-report-2024",
    "sec.revenue.2023.matches-annual-report-2024",
    "risk-bearing.share.matches-q2-2024-results",
    "jv.acquired-stake.matches-transfer-agreement",
    "jv.acquired-stake.matches-registered-capital",
  ];

  test("the ledger holds each check, passing, with facts from the 6-K and from a cited filing whose original it links", async () => {
    const ledger = JSON.parse(await page("/data/ledger.json")) as {
      filings: { id: string; source: string | null; excerpt: string | null }[];
      checks: { id: string; filing: string; status: string; facts: string[]; against: string[] }[];
    };
    const sources = new Map(ledger.filings.map((filing) => [filing.id, filing.source]));
    const against = ledger.checks.filter((check) => check.filing === qfinFiling && check.against.length);
    expect(against.map((check) => check.id).sort()).toEqual([...crossChecks].sort());
    for (const check of against) {
      expect(["exact", "rounding", "expected-discrepancy"], check.id).toContain(check.status);
      const filings = new Set(check.facts.map((ref) => ref.split("/")[0]!));
      expect(filings, check.id).toEqual(new Set([qfinFiling, ...check.against]));
      // Each fact links to its marked place in its own filing's source page; each cited filing to its original.
      for (const ref of check.facts) {
        const [own, id] = ref.split("/") as [string, string];
        expect(parse(await page(`/filings/${own}/source/`)).getElementById(`fact-${id}`)?.tagName, ref).toBe("MARK");
      }
      for (const other of check.against) {
        expect(sources.get(other), `${check.id}: ${other}`).toMatch(/^https:\/\//);
        expect(ledger.filings.find((filing) => filing.id === other)?.excerpt, other).toBeTruthy();
      }
    }
  });

  test("the overview lists them per section, with what was not found", async () => {
    const overview = parse(await page(`${filing}overview/`));
    const rows = [...overview.querySelectorAll("table.cross-filing tbody tr")];
    expect(rows.map((row) => row.querySelector("th a")!.getAttribute("href"))).toEqual(
      sections.map((section) => `${filing}${section}/`),
    );
    const listed = rows.flatMap((row) =>
      [...row.querySelectorAll("td:nth-of-type(1) a[href*='/ledger/#check-']")].map(
        (a) => a.getAttribute("href")!.split("#check-")[1],
      ),
    );
    expect(listed.sort()).toEqual([...crossChecks].sort());
    const leverage = rows[sections.indexOf("leverage")]!;
    expect(leverage.querySelector("td:nth-of-type(2)")!.textContent).toContain("leverage ratio");
  });

  test.each([
    "qfin-fy2022-20f",
    "qfin-2025-03-25-20f",
    "qfin-2024-08-13-results",
    "qfin-fy2020-20f-jv-agreement",
    "qfin-fy2021-20f-jv-transfer",
  ])("%s says on its filing and source pages that it is Recount's excerpt", async (id) => {
    for (const path of [`/filings/${id}/`, `/filings/${id}/source/`]) {
      const notice = parse(await page(path)).querySelector(".excerpt-notice");
      expect(notice?.textContent, path).toMatch(
        /Recount's excerpt.*figures and table labels as printed in the original; the\s+wording around them is Recount's/s,
      );
      expect(notice!.querySelector("a")!.getAttribute("href"), path).toMatch(/^https:\/\//);
    }
  });
});
