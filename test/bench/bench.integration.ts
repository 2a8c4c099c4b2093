import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, inject, test } from "vitest";
import { projectRoot } from "../support/astro.ts";

// Every part of `npm run bench`, at the smallest sizes that still run each one, so that the bench cannot
// rot unseen (it did: its checks part threw for months). The figures are meaningless; that it runs is not.
const tiny = Object.entries({
  pages: 2,
  filings: 1,
  "pages-per-filing": 1,
  checks: 8,
  runs: 2,
  builds: 1,
  renders: 10,
  cards: 2,
  saves: 1,
  // The page weights read the seed site the suite's global setup built (test/browser/global-setup.ts): a build of
  // its own would run nothing that the global setup and the other parts here do not run already.
  "seed-dist": inject("dist"),
}).flatMap(([option, value]) => [`--${option}`, String(value)]);

test("every part of the bench runs at tiny sizes", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ["bench/run.ts", ...tiny], {
    cwd: projectRoot,
    // As `npm run bench` runs, the page cache on (the tests turn it off): its projects have caches of their own.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", RECOUNT_CACHE: "on" },
    maxBuffer: 1 << 26,
  });
  for (const part of [
    "Chart render time",
    "A page's sandbox",
    "Social cards",
    "`npm run check`",
    "Page weight",
    "Build time against the number of filings",
    "Notebook pages",
    "Rebuilding after a change",
    "`npm run dev`",
  ])
    expect(stdout).toContain(`### ${part}`);
});
