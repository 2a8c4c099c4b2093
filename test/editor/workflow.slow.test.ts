import { access, cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { astroBuild, linkModules, projectRoot } from "../support/astro.ts";
import type { BuildResult } from "../support/astro.ts";
import { links, page, parse, searchedPaths } from "../support/dist.ts";
import type { Build } from "../support/dist.ts";
import { addPracticeFiling, larkspur, larkspurDir, practiceProject, runCommand } from "./support/larkspur.ts";
import type { Run } from "./support/larkspur.ts";
import { make, mistakes } from "./support/mistakes.ts";
import { guideSnippets, shows } from "./support/snippets.ts";

const qfin = "qfin-2024-09-27-6k";
/** The filings the project's content holds, whatever they are: the practice filing joins them. */
const contentFilings = (await readdir(join(projectRoot, "content/filings"), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => name);
const allFilings = [...contentFilings, larkspur].sort();
/**
 * As an editor runs the commands: with the page cache on (the tests turn it off, test/support/test-env.ts),
 * in a cache of the project's own. The filings a step leaves alone are served from it, byte for byte the
 * same inputs; the practice filing's pages, which each mistake changes, run again, and the cache keeps
 * only pages that passed, so every mistake is still found by a fresh verification.
 */
const editor = { RECOUNT_CACHE: "on" };
const check = (command = "npm run check") => runCommand(root, command, { env: editor });
let root: string;
let pristine: string;
let checked: Run;
let built: BuildResult;
let site: Build;

/** The practice filing as the guide leaves it, put back after a mistake. */
async function restore(): Promise<void> {
  await rm(join(root, larkspurDir), { recursive: true, force: true });
  await cp(pristine, join(root, larkspurDir), { recursive: true });
}

beforeAll(async () => {
  root = await practiceProject();
  // A page cache of its own, empty at the start, in a node_modules that links the project's packages.
  await linkModules(root, new Set([".cache"]));
  await addPracticeFiling(root);
  pristine = await mkdtemp(join(tmpdir(), "recount-practice-"));
  await cp(join(root, larkspurDir), pristine, { recursive: true });
  // The guide's order: the check, with the cache empty, so that every page runs; then the build.
  let started = performance.now();
  checked = await check("npm run check -- --verbose");
  console.info(`the practice project checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  built = await astroBuild(root, join(root, "dist"), editor);
  console.info(`the practice project built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  site = { name: "dist", label: "the practice project", dir: built.outDir, site: "https://recount.example", base: "/" };
});

afterAll(async () => {
  for (const dir of [root, pristine]) await rm(dir, { recursive: true, force: true });
});

describe("a filing added as the guide says", () => {
  test("passes npm run check, which lists its facts and checks with --verbose", () => {
    const { code, output } = checked;
    expect(output).toContain(
      `${larkspur}: 15 facts; 33 of 33 numbers in the source accounted for (15 facts, 18 ignored)`,
    );
    expect(output).toContain(`All verified: ${allFilings.length} filings,`);
    for (const id of [
      "total-revenues.increased",
      "total-revenues.growth.2024",
      "net-provisions.2023",
      "net-provisions.2024",
      "net-provisions.below-qfin-2022",
      "total-revenues.lines.2024",
    ]) {
      expect(output).toMatch(new RegExp(`^  [✓≈!] \\S+ +${id.replaceAll(".", "\\.")} — `, "m"));
    }
    expect(code).toBe(0);
  });

  test("builds, with its pages, its facts and its checks in the ledger", async () => {
    expect(built.code, built.output).toBe(0);
    expect(built.output).not.toMatch(/\[WARN\]/);
    const filing = parse(await page(`/filings/${larkspur}/`, site));
    expect(
      [...filing.querySelectorAll("ol.sections a")].map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["Overview", `/filings/${larkspur}/overview/`],
      ["Revenues and provisions", `/filings/${larkspur}/revenues/`],
    ]);
    const revenues = await page(`/filings/${larkspur}/revenues/`, site);
    expect(links(revenues)).toContain(`/filings/${larkspur}/source/#fact-total-revenues.2024`);
    const facts = JSON.parse(await page(`/filings/${larkspur}/facts.json`, site)) as { id: string; printed: string }[];
    expect(facts.map(({ id }) => id)).toContain("total-revenues.growth.2024");
    expect(facts.find(({ id }) => id === "employees.2024-12-31")).toMatchObject({
      printed: "more than 4,200",
      unit: "count",
      qualifier: "more-than",
    });
    expect(await page(`/filings/${larkspur}/facts.csv`, site)).toContain("total-revenues.growth.2024");
    const source = parse(await page(`/filings/${larkspur}/source/`, site));
    expect(source.querySelector('[id="fact-total-revenues.growth.2024"]')?.textContent).toBe("8.8%");
    const ledger = parse(await page(`/filings/${larkspur}/ledger/`, site));
    const rows = [...ledger.querySelectorAll("tr[id^=check-]")].map((row) => row.id);
    expect(rows).toEqual([
      "check-total-revenues.increased",
      "check-total-revenues.growth.2024",
      "check-net-provisions.2023",
      "check-net-provisions.2024",
      "check-net-provisions.below-qfin-2022",
      "check-qfin-revenue-2022.matches-annual-report",
      "check-total-revenues.lines.2024",
    ]);
    expect(ledger.querySelector('[id="check-total-revenues.lines.2024"]')?.textContent).toContain(
      "does not say what makes up the rest",
    );
  });

  test("can check against another filing's facts: the check names both, and its ledger row links each to its own filing's source", async () => {
    const report = JSON.parse(await page("/data/ledger.json", site)) as {
      checks: { id: string; filing: string; facts: string[]; status: string }[];
    };
    expect(report.checks.find(({ id }) => id === "net-provisions.below-qfin-2022")).toMatchObject({
      filing: larkspur,
      status: "exact",
      facts: [`${larkspur}/net-provisions.2024`, `${qfin}/provisions.net.2022`],
    });
    const row = parse(await page(`/filings/${larkspur}/ledger/`, site)).querySelector(
      '[id="check-net-provisions.below-qfin-2022"]',
    )!;
    expect([...row.querySelectorAll("a.fact")].map((link) => link.getAttribute("href"))).toEqual([
      `/filings/${larkspur}/source/#fact-net-provisions.2024`,
      `/filings/${qfin}/source/#fact-provisions.net.2022`,
    ]);
    const qfinSource = parse(await page(`/filings/${qfin}/source/`, site));
    expect(links(qfinSource.querySelector('[id="about-provisions.net.2022"]')!.outerHTML)).toContain(
      `/filings/${larkspur}/ledger/#check-net-provisions.below-qfin-2022`,
    );
  });

  test("joins the other filings everywhere the site lists them: home, feed, sitemap, search, downloads", async () => {
    const home = await page("/", site);
    expect(
      links(home)
        .filter((href) => /^\/filings\/[^/]+\/$/.test(href))
        .sort(),
    ).toEqual(allFilings.map((id) => `/filings/${id}/`));
    const feed = await page("/rss.xml", site);
    const titles = [...feed.matchAll(/<item><title>([^<]*)/g)].map(([, title]) => title);
    expect(titles).toContain("Larkspur Lending reports its results for 2024");
    expect(titles).toHaveLength(allFilings.length);
    expect(await page("/sitemap-0.xml", site)).toContain(`https://recount.example/filings/${larkspur}/revenues/`);
    const entry = JSON.parse(await page("/pagefind/pagefind-entry.json", site));
    const content = await searchedPaths(site);
    expect(content).toContain(`/filings/${larkspur}/revenues/`);
    expect(entry.languages.en.page_count).toBe(content.length);
    const ledger = JSON.parse(await page("/data/ledger.json", site)) as { facts: { filing: string }[] };
    expect(new Set(ledger.facts.map(({ filing }) => filing))).toEqual(new Set(allFilings));
  });
});

describe("a wrong number", () => {
  beforeAll(async () => {
    await restore();
    await make(root, "wrong-number");
  });

  test("fails npm run check, naming the check, both intervals and the quote", async () => {
    const { code, output } = await check();
    expect(code).toBe(1);
    // The words are the guide's (README.md's `text wrong-number`), their one home.
    expect(shows(output, guideSnippets("text", "wrong-number")[0]!.code), output).toBe(true);
  });

  test("fails the build with the same message, leaving nothing to deploy", async () => {
    const outDir = join(root, "dist-wrong");
    const { code, output } = await astroBuild(root, outDir, editor);
    expect(code).not.toBe(0);
    for (const line of guideSnippets("text", "wrong-number")[0]!.code.split("\n").filter(Boolean))
      expect(output).toContain(line);
    await expect(access(outDir)).rejects.toThrow(/ENOENT/);
  });
});

describe("the errors the guide shows", () => {
  test.for(Object.keys(mistakes))("%s: the guide shows the error the mistake makes", async (name) => {
    await restore();
    if (name === "candidates-left") {
      const filingYaml = join(pristine, "filing.yaml");
      await rm(join(root, larkspurDir), { recursive: true });
      const [scaffold] = guideSnippets("sh").filter(({ code }) => code.includes("new:filing"));
      expect((await runCommand(root, scaffold!.code)).code).toBe(0);
      await cp(filingYaml, join(root, larkspurDir, "filing.yaml"));
    }
    await make(root, name);
    const { code, output } = await check();
    expect(code).toBe(1);
    const [snippet] = guideSnippets("text", name);
    expect(shows(output, snippet!.code), output).toBe(true);
  });
});
