// The start caches (src/engine/cache/caches.ts) are on with RECOUNT_CACHE=off and shared by every throwaway
// project of the tests (test/static/isolated-project.ts), found by each file's path in its project: so a
// project whose engine differs from the last one's must run its own, and the one before must run its own
// again after it. The engine's report text and the pages' prelude are changed in one copy, between two runs
// of an unchanged copy.
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { runCheck } from "../support/check.ts";
import { validBase } from "../invalid/cases.ts";
import { isolatedProject } from "../static/isolated-project.ts";

const projects: string[] = [];
afterAll(() => Promise.all(projects.map((root) => rm(root, { recursive: true, force: true }))));

async function project(): Promise<string> {
  const root = await isolatedProject(validBase);
  projects.push(root);
  return root;
}

test("a project with a changed engine runs its own code, and the unchanged one its own again", async () => {
  const [unchanged, changed] = [await project(), await project()];
  const passes = async () => {
    const { code, output } = await runCheck(unchanged, { NO_COLOR: "1" });
    expect(output).toContain("All verified: 1 filing");
    expect(code).toBe(0);
  };
  await passes();

  const reportText = join(changed, "src/engine/verify/report-text.ts");
  const text = await readFile(reportText, "utf8");
  await writeFile(reportText, text.replace("`All verified: ", "`All verified, by a changed engine: "));
  expect((await runCheck(changed, { NO_COLOR: "1" })).output).toContain("All verified, by a changed engine: 1 filing");
  await passes();

  // The prelude is every page's start: one that throws as it loads leaves no page that can run.
  await appendFile(join(changed, "src/engine/sandbox/inside/prelude.ts"), '\nthrow new Error("a changed prelude");\n');
  const broken = await runCheck(changed, { NO_COLOR: "1" });
  expect(broken.code, broken.output).not.toBe(0);
  await passes();
});
