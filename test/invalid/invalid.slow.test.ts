// The bad-input corpus, as golden folders: each folder of test/fixtures/invalid changes the valid base content
// one way an editor might get it wrong (case.yaml, content/), and says what the editor must be told:
// - expected.txt: `npm run check` fails with this message, from the problem count to the last hint, and so
//   does the real build, leaving no output folder behind (the project starts with one from an earlier build);
// - warnings.txt instead: both pass, and both print these warnings, one a line.
// The build runs for the cases that can tell it something `npm run check` has not (see `buildsFor`).
// Adding a case is adding a folder: the runner finds it.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { buildsFor, caseNames, invalidCases, limit, problems, readFinds, runCase } from "./cases.ts";

// Each case is two processes; two cases at a time keep a two-core machine busy without thrashing it.
const queue = limit(2);
const names = await caseNames();
const found = new Map(await Promise.all(names.map(async (name) => [name, await readFinds(name)] as const)));
const builds = buildsFor(names, found, (name) => existsSync(join(invalidCases, name, "warnings.txt")));
const outcomes = new Map(names.map((name) => [name, queue(() => runCase(name, builds(name)))]));
// A case's failure is reported by its test; until then it is not an unhandled rejection.
for (const outcome of outcomes.values()) outcome.catch(() => {});

/** A case's golden file, without its final line break, or undefined when the case has none. */
async function golden(name: string, file: string): Promise<string | undefined> {
  const path = join(invalidCases, name, file);
  return existsSync(path) ? (await readFile(path, "utf8")).replace(/\n$/, "") : undefined;
}

test.for(names)("%s", async (name) => {
  const [expected, warned] = await Promise.all([golden(name, "expected.txt"), golden(name, "warnings.txt")]);
  if ((expected === undefined) === (warned === undefined))
    throw new Error(`test/fixtures/invalid/${name} needs either expected.txt or warnings.txt`);
  const { check, build } = await outcomes.get(name)!;
  if (expected !== undefined) {
    expect(check.code, check.output).not.toBe(0);
    const message = problems(check.output);
    expect(message).toBe(expected);
    if (!build) return;
    expect(build.code, build.output).not.toBe(0);
    expect(build.left, `the failed build left its output folder; it printed:\n${build.output}`).toBeUndefined();
    expect(build.output).toContain(message);
    return;
  }
  // A passing case whose content only warns (a declared discrepancy that no longer is one, say): the figures
  // agree, so nothing wrong would be published, and both commands say what to tidy.
  expect(check.code, check.output).toBe(0);
  if (!build) throw new Error(`${name} passes with warnings, so its build must run (buildsFor)`);
  expect(build.code, build.output).toBe(0);
  const warnings = check.output.split("\n").filter((line) => line.startsWith("warning: "));
  expect(warnings.join("\n")).toBe(warned);
  for (const warning of warnings) expect(build.output).toContain(warning.replace(/^warning: /, "[WARN] [recount] "));
});
