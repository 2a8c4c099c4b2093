// The bad-input corpus, as golden folders: each folder of test/fixtures/invalid changes the valid base content
// one way an editor might get it wrong (case.yaml, content/), and says what the editor must be told:
// - expected.txt: `npm run check` fails with this message, from the problem count to the last hint, and so
//   does the real build, leaving no output folder behind (the project starts with one from an earlier build);
// - warnings.txt instead: both pass, and both print these warnings, one a line.
// The build runs for the cases that can tell it something `npm run check` has not (see `buildsFor`).
// Adding a case is adding a folder: the runner finds it, and `npm exec -- vitest run test/invalid --update` writes
// its expected.txt or warnings.txt (file snapshots) for review, as it rewrites those a changed message affects.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { buildsFor, caseNames, invalidCases, limit, problems, readFinds, runCase } from "./cases.ts";

// Each case is one or two processes; two cases at a time keep a two-core machine busy without thrashing it.
const queue = limit(2);
const names = await caseNames();
const found = new Map(await Promise.all(names.map(async (name) => [name, await readFinds(name)] as const)));
const warns = (name: string) => existsSync(join(invalidCases, name, "warnings.txt"));
const builds = buildsFor(names, found, warns);
const outcomes = new Map(names.map((name) => [name, queue(() => runCase(name, builds(name)))]));
// A case's failure is reported by its test; until then it is not an unhandled rejection.
for (const outcome of outcomes.values()) outcome.catch(() => {});

/**
 * Whether a case must fail: as its golden file says, or, for a new case with none yet, as `npm run check`
 * found, so that `-u` writes the golden of the kind it is.
 */
function mustFail(name: string, checkFailed: boolean): boolean {
  const expected = existsSync(join(invalidCases, name, "expected.txt"));
  if (expected && warns(name))
    throw new Error(`test/fixtures/invalid/${name} has both expected.txt and warnings.txt; keep the one it needs`);
  return expected || (!warns(name) && checkFailed);
}

test.for(names)("%s", async (name) => {
  const { check, build } = await outcomes.get(name)!;
  const golden = (file: string, text: string) =>
    expect(`${text}\n`).toMatchFileSnapshot(join(invalidCases, name, file));
  if (mustFail(name, check.code !== 0)) {
    expect(check.code, check.output).not.toBe(0);
    const message = problems(check.output);
    await golden("expected.txt", message);
    if (!build) return;
    expect(build.code, build.output).not.toBe(0);
    expect(build.left, `the failed build left its output folder; it printed:\n${build.output}`).toBeUndefined();
    expect(build.output).toContain(message);
    return;
  }
  // A passing case whose content only warns (a declared discrepancy that no longer is one, say): the figures
  // agree, so nothing wrong would be published, and both commands say what to tidy.
  expect(check.code, check.output).toBe(0);
  const warnings = check.output.split("\n").filter((line) => line.startsWith("warning: "));
  expect(warnings, `${name} passes without a warning, so it shows nothing wrong`).not.toEqual([]);
  await golden("warnings.txt", warnings.join("\n"));
  if (!build) throw new Error(`${name} passes with warnings, so its build must run (buildsFor): run it again`);
  expect(build.code, build.output).toBe(0);
  for (const warning of warnings) expect(build.output).toContain(warning.replace(/^warning: /, "[WARN] [recount] "));
});
