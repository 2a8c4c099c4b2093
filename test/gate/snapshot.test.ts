import { readdirSync, readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadedFactsRegistry } from "#engine/facts/registry.ts";
import { verify, type Report } from "#engine/verify/verify.ts";
import { reportSource } from "#build/gate/report.ts";
import { packReport, unpackReport } from "#engine/verify/transfer.ts";
import { fixtureProject, projectRoot } from "../support/astro.ts";

// Time of check, time of use: the pages print what the verification read, and nothing read later. A file
// saved between the verification and the rendering of the pages (here, saved as soon as the report is
// made) changes nothing that is published.
const filing = "demo-2024-03-28-20f";
let root: string;
let report: Report;
let verifiedSource: string;

beforeAll(async () => {
  root = await fixtureProject(join(projectRoot, "test/fixtures/valid-base"));
  const folder = join(root, "content/filings", filing);
  verifiedSource = await readFile(join(folder, "source.txt"), "utf8");
  const verified = await verify(root, { typeCheck: false });
  if (verified.errors.length) throw new Error(verified.errors.map((error) => error.message).join("\n"));
  // As the gate hands it to the thread that renders the pages, then the files change on disk.
  report = unpackReport(structuredClone(packReport(verified)));
  await writeFile(join(folder, "source.txt"), verifiedSource.replaceAll("RMB 12.0 billion", "RMB 95.0 billion"));
  const facts = await readFile(join(folder, "facts.yaml"), "utf8");
  await writeFile(join(folder, "facts.yaml"), facts.replaceAll("RMB 12.0 billion", "RMB 95.0 billion"));
});

afterAll(() => rm(root, { recursive: true, force: true }));

test("a <Fact> prints the figure as verified, whatever the facts file says now", () => {
  const fact = loadedFactsRegistry(report.facts).fact("revenue.total.text.2023", { filing });
  expect(fact.printed).toBe("RMB 12.0 billion");
  expect(() => loadedFactsRegistry(report.facts).fact("revenue.nope", { filing })).toThrow(/unknown fact/);
});

test("the source page prints the text as verified, whatever source.txt says now", () => {
  expect(reportSource(report, filing)).toBe(verifiedSource);
  expect(readFileSync(join(root, "content/filings", filing, "source.txt"), "utf8")).toContain("RMB 95.0 billion");
});

test("no component or route reads a filing's files, or facts from disk: they render from the report", () => {
  const files = (folder: string): string[] =>
    readdirSync(join(projectRoot, folder), { recursive: true, encoding: "utf8" }).map((file) => join(folder, file));
  const readers = [...files("src/site"), ...files("src/pages")]
    .filter((file) => /\.(astro|ts|mdx)$/.test(file))
    .filter((file) =>
      /node:fs|currentFacts|factsRegistry|loadFacts|sourceReader/.test(readFileSync(join(projectRoot, file), "utf8")),
    );
  expect(readers.map((file) => relative(".", file))).toEqual([]);
});
