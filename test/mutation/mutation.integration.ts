// Mutation testing of the checks: every disclosed fact that takes part in a check is changed in the source by
// more than its rounding, and verification must then fail, naming a check that uses the fact. A mutant that
// verification lets through is listed, never dropped: the score must be 100 %.
import { readFileSync } from "node:fs";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { verify, type Report } from "#engine/verify/verify.ts";
import { projectRoot } from "../support/astro.ts";
import { writePatientManifest } from "../support/patience.ts";
import { applyVariant, mutations, numberToken, type Mutation, type Variant } from "./mutants.ts";

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** A fresh project root with a copy of the project's content, and what type-checking the cells needs linked. */
async function contentCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "recount-mutant-"));
  folders.push(root);
  await cp(join(projectRoot, "content"), join(root, "content"), { recursive: true });
  for (const entry of ["node_modules", "tsconfig.json"]) await symlink(join(projectRoot, entry), join(root, entry));
  await writePatientManifest(root);
  return root;
}

/** What verifying a mutant found: the checks that failed, and any other error (a mutant that broke more than its number). */
interface Verdict {
  readonly failedChecks: readonly string[];
  readonly otherErrors: readonly string[];
  /** The fact's printed form as written into the source, and as verification read it. */
  readonly printed: string;
  readonly read: string | undefined;
}

/**
 * The pages a mutant can change: those whose checks use the fact, and those that print its number (a
 * quotation of it would no longer be found). The others run as before the mutation, so they are not run again.
 */
function affectedPages(mutation: Mutation): (file: string) => boolean {
  const digits = numberToken.exec(mutation.fact.printed)?.[0];
  const pages = new Set(mutation.checks.map(({ file }) => file));
  for (const [file, text] of pageTexts) if (digits && text.includes(digits)) pages.add(file);
  return (file) => pages.has(file);
}

/** The two files a variant rewrites (see applyVariant), put back as the project has them. */
async function restore(root: string, filing: string): Promise<void> {
  for (const file of ["source.txt", "facts.yaml"])
    await cp(join(projectRoot, "content/filings", filing, file), join(root, "content/filings", filing, file));
}

async function verdict(mutation: Mutation, variant: Variant): Promise<Verdict> {
  const printed = await applyVariant(workspace, mutation.fact, variant);
  // A mutant changes a number, never a type: its cells need no second type check.
  const report = await verify(workspace, { typeCheck: false, runs: affectedPages(mutation) }).finally(() =>
    restore(workspace, mutation.fact.filing),
  );
  const failures = report.ledger.results().filter(({ status }) => status === "inconsistent");
  const failed = new Set(report.ledger.failures());
  return {
    failedChecks: failures.map(({ id }) => id),
    otherErrors: report.errors.filter((error) => !failed.has(error)).map((error) => error.format()),
    printed,
    read: report.facts.find(({ filing }) => filing === mutation.fact.filing)?.facts.get(mutation.fact.id)?.printed,
  };
}

// Every mutant is made in one copy, put back after it (a copy each took a third of the test's time); the
// facts are read afresh when their files change, and each verdict checks the fact read as mutated.
const workspace = await contentCopy();
// Mutants change numbers, never types (see verdict): the type check is the build tests' to make.
const original: Report = await verify(workspace, { typeCheck: false });
const pageTexts = new Map(original.notebooks.map(({ file }) => [file, readFileSync(join(projectRoot, file), "utf8")]));

test("the content verifies before it is mutated", () => {
  expect(original.errors.map((error) => error.format())).toEqual([]);
  expect(original.ledger.results().length).toBeGreaterThan(0);
});

// Each mutant verifies the pages it can change, each in a fresh sandbox (Plot loaded anew on chart pages).
test("every fact a check uses is caught when changed beyond its rounding", async () => {
  const results: { mutation: Mutation; killedBy: string[]; lines: string[] }[] = [];
  for (const mutation of mutations(original)) {
    const own = new Set(mutation.checks.map(({ id }) => id));
    const killedBy: string[] = [];
    const lines: string[] = [];
    for (const variant of mutation.variants) {
      const { failedChecks, otherErrors, printed, read } = await verdict(mutation, variant);
      // A mutant must change the number and nothing else: the fact reads as changed, every page still runs.
      expect(otherErrors, `${mutation.fact.id} printed ${printed}`).toEqual([]);
      expect(read, mutation.fact.id).toBe(printed);
      const named = failedChecks.filter((id) => own.has(id));
      killedBy.push(...named);
      lines.push(
        `${mutation.fact.printed} → ${printed} (${variant.step}): ${named.length ? `fails ${named.join(", ")}` : "passes"}`,
      );
    }
    results.push({ mutation, killedBy, lines });
  }
  const survivors = results.filter(({ killedBy }) => !killedBy.length);
  const score = (100 * (results.length - survivors.length)) / results.length;
  console.log(
    [
      `mutation score: ${score.toFixed(1)} % (${results.length - survivors.length} of ${results.length} mutants of ${new Set(results.map(({ mutation }) => mutation.fact.id)).size} facts caught)`,
      ...results.map(
        ({ mutation, killedBy, lines }) =>
          `${killedBy.length ? "caught  " : "SURVIVED"} ${mutation.fact.id}, ${mutation.label}\n           ${lines.join("\n           ")}`,
      ),
    ].join("\n"),
  );
  expect(results.length).toBeGreaterThan(0);
  expect(survivors.map(({ mutation, lines }) => `${mutation.fact.id}, ${mutation.label}: ${lines.join("; ")}`)).toEqual(
    [],
  );
});
