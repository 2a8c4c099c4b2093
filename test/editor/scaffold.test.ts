import { mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { validateYaml } from "#engine/yaml/schema-errors.ts";
import { parseYaml } from "#engine/yaml/yaml.ts";
import { filingMetadata, filingMetadataNames } from "#engine/filings/metadata.ts";
import { filedOn, proposeMetadata } from "#tools/scaffold/filing-proposal.ts";
import { filingYaml } from "#tools/scaffold/filing-yaml.ts";
import { loadFacts } from "#engine/facts/load.ts";
import { readSource } from "#engine/facts/source.ts";
import { findCandidates } from "#tools/scaffold/candidates.ts";
import { factsYaml, reading } from "#tools/scaffold/facts-yaml.ts";
import { columnPeriod, periodMentions } from "#tools/scaffold/period-mentions.ts";
import { sentences } from "#tools/scaffold/sentences.ts";
import { projectRoot } from "../support/astro.ts";
import { confirmAll } from "./support/confirm.ts";
import type { Entry } from "./support/confirm.ts";
import { runCommand } from "./support/larkspur.ts";

const practice = readFileSync(join(projectRoot, "test/fixtures/new-filing/larkspur-2025-03-12.txt"), "utf8");
const qfin = readFileSync(join(projectRoot, "content/filings/qfin-2024-09-27-6k/source.txt"), "utf8");

/** Confirms every candidate as it is proposed, adding what a bare number needs, and loads the result. */
function confirmEverything(raw: string) {
  const root = mkdtempSync(join(tmpdir(), "recount-confirm-"));
  mkdirSync(join(root, "f"));
  writeFileSync(join(root, "f/source.txt"), raw);
  const { facts } = findCandidates(raw);
  const fill = (entry: Entry): Entry => {
    const candidate = facts.find(({ id }) => id === entry.id);
    if (!candidate) return entry;
    return { ...entry, period: entry.period || "FY2024", ...(candidate.unit === undefined ? { unit: "count" } : {}) };
  };
  writeFileSync(join(root, "f/facts.yaml"), confirmAll(factsYaml("f", findCandidates(raw)), fill));
  return loadFacts(join(root, "f"), { root });
}

describe("sentences and periods", () => {
  test("a sentence ends at a full stop before a capital, not after an abbreviation, and at a paragraph or a table row", () => {
    const source = readSource(
      "Qifu Technology, Inc. (the Company) grew. It filed with the U.S. SEC in 2024.\n\nNext one\n(RMB)\t2023\nRow\t1\n",
      "x",
    );
    expect(sentences(source).map(({ start, end }) => source.text.slice(start, end))).toEqual([
      "Qifu Technology, Inc. (the Company) grew.",
      "It filed with the U.S. SEC in 2024.",
      "Next one",
      "(RMB) 2023",
      "Row 1",
    ]);
  });

  test("periods are read as facts files write them", () => {
    const text =
      "for the fiscal year ended December 31, 2024; as of June 30, 2024; the first half of 2023; in the fourth quarter of 2023; Q2 2024; in September 2024; in 2022";
    expect(periodMentions(text).map(({ label }) => label)).toEqual([
      "FY2024",
      "2024-06-30",
      "H1 2023",
      "Q4 2023",
      "Q2 2024",
      "2024-09",
      "FY2022",
    ]);
    expect(["2023", "First Half of 2024", "June 30, 2024", "Total"].map((label) => columnPeriod(label))).toEqual([
      "FY2023",
      "H1 2024",
      "2024-06-30",
      undefined,
    ]);
  });
});

describe("candidate facts", () => {
  const { tables, facts, ignores } = findCandidates(practice);

  test("every number of the practice text is proposed, with what it reads as, an id, a period where the sentence gives one, and an anchor", () => {
    expect(tables).toEqual([{ id: "table-1", header: "(RMB in millions)" }]);
    expect(facts.map((fact) => [fact.id, fact.period ?? null, reading(fact)])).toEqual([
      ["total-revenues.2024", "FY2024", 'line 7: "RMB 12.4 billion" reads as RMB, billion, positive'],
      ["total-revenues.growth.2024", "FY2024", 'line 7: "8.8%" reads as percent, one, positive (after "up")'],
      ["total-revenues.2023", "FY2023", 'line 7: "RMB 11.4 billion" reads as RMB, billion, positive'],
      ["lending-revenues.2024", "FY2024", 'line 7: "RMB 8.1 billion" reads as RMB, billion, positive'],
      ["platform-service-revenues.2024", "FY2024", 'line 7: "RMB 4.1 billion" reads as RMB, billion, positive'],
      ["net-income.q4-2024", "Q4 2024", 'line 9: "RMB 1,210 million" reads as RMB, million, positive'],
      ["net-income.q4-2023", "Q4 2023", 'line 9: "RMB 1,035 million" reads as RMB, million, positive'],
      [
        "returned.2024",
        "FY2024",
        'line 11: "approximately US$150 million" reads as USD, million, positive, approximately',
      ],
      [
        "employees.2024-12-31",
        "2024-12-31",
        'line 11: "more than 4,200" reads as count (proposed by the words that name it: check it), one, positive, more than',
      ],
      [
        "new-provisions.2023",
        "FY2023",
        'line 14: "6,010" reads as RMB (from the table\'s unit line), million, positive',
      ],
      [
        "new-provisions.2024",
        "FY2024",
        'line 14: "6,395" reads as RMB (from the table\'s unit line), million, positive',
      ],
      [
        "revision-of-previous-provisions-write-back.2023",
        "FY2023",
        'line 15: "(402)" reads as RMB (from the table\'s unit line), million, negative',
      ],
      [
        "revision-of-previous-provisions-write-back.2024",
        "FY2024",
        'line 15: "(483)" reads as RMB (from the table\'s unit line), million, negative',
      ],
      [
        "net-provisions.2023",
        "FY2023",
        'line 16: "5,608" reads as RMB (from the table\'s unit line), million, positive',
      ],
      [
        "net-provisions.2024",
        "FY2024",
        'line 16: "5,912" reads as RMB (from the table\'s unit line), million, positive',
      ],
    ]);
    expect(facts[0]!.anchor).toEqual({
      quote: "Total revenues were RMB 12.4 billion in 2024, up 8.8% from RMB 11.4 billion in 2023.",
      number: "RMB 12.4 billion",
    });
    expect(facts.at(-1)!.anchor).toEqual({ table: "table-1", row: "Net provisions", column: "2024" });
    expect(ignores.map(({ reason, covers }) => [reason, covers.length])).toEqual([
      ["years name periods, not figures", 12],
      ["days of calendar dates say when, not how much", 3],
      ["footnote markers", 2],
      ["form numbers name an SEC form", 1],
    ]);
  });

  test("a period is left open where the sentence leaves it unclear", () => {
    const { facts } = findCandidates(
      "Revenues were RMB 17.0 billion in 2022 and RMB 16.0 billion in 2023, with net profits of RMB 5.2 billion and RMB 4.7 billion, respectively.\n",
    );
    expect(facts.map(({ id, period }) => [id, period ?? null])).toEqual([
      ["revenues.2022", "FY2022"],
      ["revenues.2023", "FY2023"],
      ["net-profits", null],
      ["net-profits-2", null],
    ]);
  });

  test("a quote names its number once: it starts after an earlier printing of the same digits, and ends before the word of a later one", () => {
    const { facts } = findCandidates("Pursuant to Rule 13a-16 or 15d-16 of the Act.\n");
    expect(facts.map(({ anchor }) => anchor)).toEqual([
      { quote: "Pursuant to Rule 13a-16 or 15d-16 of the Act.", number: "13" },
      { quote: "Pursuant to Rule 13a-16 or", number: "16" },
      { quote: "Pursuant to Rule 13a-16 or 15d-16 of the Act.", number: "15" },
      { quote: "or 15d-16 of the Act.", number: "16" },
    ]);
  });

  test("confirmed as proposed, the candidates of the QFIN filing's text anchor, and account for every number", () => {
    const { errors, facts, coverage } = confirmEverything(qfin);
    expect(errors.map((error) => error.format())).toEqual([]);
    expect(coverage!.unaccounted).toEqual([]);
    expect(facts.size).toBe(findCandidates(qfin).facts.length);
    expect(facts.get("net-provisions.h1-2023")).toMatchObject({ printed: "2,636", unit: "RMB", scale: "million" });
  });

  test("a figure followed by the word of its direction reads as that direction, and says which word", () => {
    const text = "Acme results\n\nIn 2031, unit costs came to RMB 2.40, a 3.5% decrease from 2030.\n";
    const change = findCandidates(text).facts.find((fact) => fact.printed === "3.5%")!;
    expect(reading(change)).toBe('line 3: "3.5%" reads as percent, one, negative (before "decrease")');
  });

  test("confirmed as proposed, the practice text's candidates load too", () => {
    const { errors, coverage } = confirmEverything(practice);
    expect(errors).toEqual([]);
    expect(coverage!.registered + coverage!.ignored.length).toBe(coverage!.found);
  });
});

describe("npm run new:filing", () => {
  test("creates the filing's folder, and refuses to touch it again", async () => {
    const root = await mkdtemp(join(tmpdir(), "recount-scaffold-"));
    const source = join(projectRoot, "test/fixtures/new-filing/larkspur-2025-03-12.txt");
    const command = `npm run new:filing -- --id larkspur-2025-03-12 ${source}`;
    const first = await runCommand(root, command, { code: projectRoot });
    expect(first.code).toBe(0);
    const dir = join(root, "content/filings/larkspur-2025-03-12");
    expect((await readdir(dir, { recursive: true })).sort()).toEqual([
      "facts.yaml",
      "filing.yaml",
      "pages",
      "pages/01-overview.mdx",
      "source.txt",
    ]);
    expect(await readFile(join(dir, "source.txt"), "utf8")).toBe(practice);
    expect(await readFile(join(dir, "facts.yaml"), "utf8")).toBe(
      factsYaml("larkspur-2025-03-12", findCandidates(practice)),
    );

    await writeFile(join(dir, "filing.yaml"), "issuer: edited\n");
    const before = await Promise.all(
      ["filing.yaml", "facts.yaml", "source.txt"].map(async (name) => [name, (await stat(join(dir, name))).mtimeMs]),
    );
    const again = await runCommand(root, command, { code: projectRoot });
    expect(again.code).toBe(1);
    expect(again.output).toMatchInlineSnapshot(`
      "content/filings/larkspur-2025-03-12 already exists, so nothing was written

      hint: choose another id; to start that filing again, delete its folder first
      "
    `);
    expect(await readFile(join(dir, "filing.yaml"), "utf8")).toBe("issuer: edited\n");
    expect(
      await Promise.all(
        ["filing.yaml", "facts.yaml", "source.txt"].map(async (name) => [name, (await stat(join(dir, name))).mtimeMs]),
      ),
    ).toEqual(before);
  });

  test("says what is wrong with its arguments", async () => {
    const root = await mkdtemp(join(tmpdir(), "recount-scaffold-"));
    expect((await runCommand(root, "npm run new:filing -- --id Larkspur x.txt", { code: projectRoot })).output)
      .toMatchInlineSnapshot(`
      ""Larkspur" is not a valid filing id

      hint: use lowercase letters, digits and dashes: the issuer, the date filed and the form, e.g. qfin-2024-09-27-6k
      "
    `);
    expect(
      (await runCommand(root, "npm run new:filing -- --id larkspur missing.txt", { code: projectRoot })).output,
    ).toContain("cannot read the source text");
    expect((await runCommand(root, "npm run new:filing -- larkspur.txt", { code: projectRoot })).output).toContain(
      "usage: npm run new:filing -- --id <filing-id> <path-to-source-text-or-html>",
    );
    expect(await readdir(root)).toEqual([]);
  });
});

describe("filing.yaml proposed from the text", () => {
  test("reads issuer, tickers, form and date filed from the QFIN 6-K, and the practice release's without tickers", () => {
    const qfin = proposeMetadata(
      readFileSync(join(projectRoot, "content/filings/qfin-2024-09-27-6k/source.txt"), "utf8"),
    );
    const metadata = parse(
      readFileSync(join(projectRoot, "content/filings/qfin-2024-09-27-6k/filing.yaml"), "utf8"),
    ) as Record<string, unknown>;
    expect(Object.fromEntries(Object.entries(qfin).map(([key, { value }]) => [key, value]))).toEqual({
      issuer: metadata.issuer,
      tickers: metadata.tickers,
      form: metadata.form,
      filed: metadata.filed,
    });
    const practice = proposeMetadata(
      readFileSync(join(projectRoot, "test/fixtures/new-filing/larkspur-2025-03-12.txt"), "utf8"),
    );
    expect(practice).toEqual({
      issuer: { value: "Larkspur Lending Ltd.", line: 1, printed: "Larkspur Lending Ltd." },
      form: { value: "6-K", line: 5, printed: "Form 6-K" },
      filed: { value: "2025-03-12", line: 5, printed: "HANGZHOU, March 12, 2025" },
    });
  });

  test("the day filed that dates the proposals: the text's dateline, else the date the filing's id names", () => {
    expect(filedOn("rga-2012-07-26-8k", proposeMetadata("RGA Reports Second-Quarter Results"))).toBe("2012-07-26");
    expect(filedOn("lark-2025-03-11-6k", proposeMetadata("HANGZHOU, March 12, 2025 — Larkspur Lending Ltd."))).toBe(
      "2025-03-12",
    );
    expect(filedOn("lark-2025-02-30-6k", proposeMetadata("Larkspur Lending Ltd."))).toBeUndefined();
    expect(filedOn("lark-results", proposeMetadata("Larkspur Lending Ltd."))).toBeUndefined();
  });

  test("writes what it read, says where, and marks it for review so that the check fails until it is reviewed", () => {
    const yaml = filingYaml(
      "larkspur-2025-03-12",
      proposeMetadata("HANGZHOU, Sept. 3, 2025 — Larkspur Lending Ltd. (NYSE: LARK) furnishes this on Form 6-K."),
    );
    expect(yaml).toContain("unreviewed: [issuer, tickers, form, filed]\n");
    expect(yaml).toContain('# proposed from line 1: "(NYSE: LARK)"\ntickers: [ "NYSE: LARK" ]\n');
    expect(yaml).toContain("filed: 2025-09-03\n");
    const { errors } = validateYaml(parseYaml(yaml, "filing.yaml"), filingMetadata, filingMetadataNames);
    expect(errors.map((error) => error.message)).toContain(
      "issuer, tickers, form, filed were read from the text and not reviewed yet",
    );
    const reviewed = yaml
      .replace(/^unreviewed: .*\n/m, "")
      .replace('title: ""', "title: A title")
      .replace('summary: ""', `summary: ${"A summary of the filing. ".repeat(3)}`);
    expect(validateYaml(parseYaml(reviewed, "filing.yaml"), filingMetadata, filingMetadataNames).errors).toEqual([]);
  });
});

describe("proposals an editor keeps", () => {
  test("ids name the figure's subject and what it measures of it; periods come from the sentence, the one before it, or its heading", () => {
    const { facts, ignores } = findCandidates(
      [
        "As of June 30, 2024, the platform served 198.4 million consumers with credit needs, an increase of 10.4% from 179.7 million a year ago. The Company (NASDAQ: ACME; HKEx: 7721) is listed twice.",
        "",
        "Second Quarter 2024 Highlights",
        "",
        "Out of those loans, 2,910,000 were capital-light loans.",
        "",
        "Loan volume under the capital-light model was RMB35,420 million, representing 57.8% of the total loan volume, 5.9% more than in the same period of 2023.",
        "",
        "Net income attributable to ordinary shareholders was RMB1,204 million, down from RMB1,133 million in the same period of 2023.",
        "",
      ].join("\n"),
    );
    expect(facts.map(({ id, period }) => [id, period ?? null])).toEqual([
      ["consumers.2024-06-30", "2024-06-30"],
      ["consumers.growth.2024-06-30", "2024-06-30"],
      ["consumers.2023-06-30", "2023-06-30"],
      ["capital-light-loans.q2-2024", "Q2 2024"],
      ["loan-volume-under-capital-light-model.q2-2024", "Q2 2024"],
      ["loan-volume-under-capital-light-model.share.q2-2024", "Q2 2024"],
      ["loan-volume-under-capital-light-model.growth.q2-2024", "Q2 2024"],
      ["net-income-attributable-to-ordinary-shareholders.q2-2024", "Q2 2024"],
      ["net-income-attributable-to-ordinary-shareholders.q2-2023", "Q2 2023"],
    ]);
    expect(ignores.map(({ reason, covers }) => [reason, covers.map(({ printed }) => printed)])).toContainEqual([
      "stock codes name a listing",
      ["7721"],
    ]);
  });
});
