// `npm run check -- --shard i/n` (src/engine/verify/shard.ts): the shards' results together are one
// unsharded run's, each filing in exactly one shard, each error reported once; and so are its lanes'.
import { execFile } from "node:child_process";
import { appendFile, cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { reportJson } from "#engine/verify/report-json.ts";
import { inShard, parseShard } from "#engine/verify/shard.ts";
import { verify } from "#engine/verify/verify.ts";
import { projectRoot } from "../support/astro.ts";
import { writePatientManifest } from "../support/patience.ts";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "recount-shard-"));
  await cp(join(projectRoot, "content"), join(root, "content"), { recursive: true });
  for (const entry of ["node_modules", "tsconfig.json"]) await symlink(join(projectRoot, entry), join(root, entry));
  await writePatientManifest(root);
  // An error in one filing, so that the errors are divided too.
  await appendFile(
    join(root, "content/filings/qfin-2024-09-27-6k/pages/02-regional-headquarters.mdx"),
    '\n```ts cell\ncheck("planted.twice-the-stake", add(fact("jv.stake.company.2020"), fact("jv.stake.company.2020")), fact("jv.stake.360-group.2020"), { label: "A planted error" })\n```\n',
  );
});

afterAll(() => rm(root, { recursive: true, force: true }));

/** A run's results as `npm run check -- --json` prints them, and the pages it ran. */
async function results(shard?: string, lanes?: number) {
  const report = await verify(root, { cache: false, lanes, ...(shard ? { shard: parseShard(shard) } : {}) });
  const { filings, facts, checks, errors } = reportJson(report);
  return { filings, facts, checks, errors, pages: report.notebooks.map(({ file }) => file) };
}

test("the shards' results together are one unsharded run's", async () => {
  const whole = await results();
  expect(whole.errors.map(({ message }) => message)).toEqual([expect.stringContaining("planted")]);
  const shards = [];
  for (const shard of ["1/3", "2/3", "3/3"]) shards.push(await results(shard));
  for (const key of ["filings", "facts", "checks", "errors", "pages"] as const) {
    const together = shards.flatMap((shard) => shard[key] as unknown[]);
    const sort = (items: unknown[]) => items.map((item) => JSON.stringify(item)).sort();
    expect(sort(together), key).toEqual(sort(whole[key] as unknown[]));
  }
  expect(shards.map((shard) => shard.filings.length)).toEqual([2, 2, 2]);
});

// Pages run in lanes (verify/lanes.ts), whole filings to a lane: the report is the same, in the same order,
// however many run at once.
test("pages run one at a time or three at once make the same report", async () => {
  const [one, three] = [await results(undefined, 1), await results(undefined, 3)];
  expect(one.errors.map(({ message }) => message)).toEqual([expect.stringContaining("planted")]);
  expect(three).toEqual(one);
});

test("every filing is in exactly one shard, the shards within one filing of each other in size", () => {
  const filings = Array.from({ length: 11 }, (_, i) => `filing-${String(i).padStart(2, "0")}`);
  for (const count of [1, 2, 3, 4, 11, 12]) {
    const sizes = Array.from({ length: count }, (_, i) => filings.filter(inShard(filings, { index: i + 1, count })));
    expect(sizes.flat().sort()).toEqual(filings);
    const lengths = sizes.map((shard) => shard.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
  }
});

test("--shard refuses what names no shard, in plain words", async () => {
  for (const text of ["0/2", "3/2", "1/0", "a/b", "1", "1/2/3", "01/2"])
    expect(() => parseShard(text)).toThrow(/names no part/);
  expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
  const refused = await promisify(execFile)(process.execPath, ["src/tools/cli/check.ts", "--shard", "5/4"], {
    cwd: projectRoot,
  }).catch((error: { code: number; stderr: string }) => error);
  expect(refused).toMatchObject({
    code: 2,
    stderr: expect.stringContaining("--shard 5/4 names no part of the filings"),
  });
});
