import { readdir, readFile, rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { astroBuild, projectRoot } from "../support/astro.ts";
import { build } from "../support/dist.ts";
import { isolatedProject } from "./isolated-project.ts";

const projects: string[] = [];
afterAll(() => Promise.all(projects.map((root) => rm(root, { recursive: true, force: true }))));

test("a clean build in another folder is byte for byte the build of the project, and so is its next build, from the page cache", async () => {
  // The global set-up built the project itself, with the caches it keeps and the page cache off; this one
  // starts from none, with the page cache on: every page runs and is kept, then the next build takes every
  // page's verification and social card from what the first kept.
  const { dir, site, base } = build("dist");
  const root = await cleanProject();
  const env = { RECOUNT_SITE: site, RECOUNT_BASE: base, RECOUNT_CACHE: "on" };
  expect(await differences(dir, await buildInto(root, "cold", env))).toEqual([]);
  const kept = await readdir(join(root, "node_modules/.cache/recount/pages"));
  expect(kept.length, "pages kept in the cache").toBeGreaterThan(5);
  expect(await differences(dir, await buildInto(root, "cached", env))).toEqual([]);
});

/** A fresh copy of the project, caches empty. */
async function cleanProject(): Promise<string> {
  const root = await isolatedProject(join(projectRoot, "content"));
  projects.push(root);
  // The history is an input as the content is: pages print the days of their commits (site/page-dates.ts),
  // and a fresh checkout has the same commits.
  await symlink(join(projectRoot, ".git"), join(root, ".git"));
  return root;
}

/** Builds `root` into its folder `name`; returns that folder. */
async function buildInto(root: string, name: string, env: Record<string, string>): Promise<string> {
  const { code, output, outDir } = await astroBuild(root, join(root, name), env);
  if (code !== 0) throw new Error(`the site did not build:\n${output}`);
  return outDir;
}

/** Each file that is not the same in both folders, saying how. */
async function differences(first: string, second: string): Promise<string[]> {
  const [firstFiles, secondFiles] = await Promise.all([files(first), files(second)]);
  const all = [...new Set([...firstFiles, ...secondFiles])].sort();
  const result: string[] = [];
  for (const file of all) {
    if (!firstFiles.has(file)) result.push(`${file}: only in the second build`);
    else if (!secondFiles.has(file)) result.push(`${file}: only in the first build`);
    else if (!(await readFile(join(first, file))).equals(await readFile(join(second, file))))
      result.push(`${file}: contents differ`);
  }
  return result;
}

async function files(folder: string): Promise<Set<string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return new Set(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1)),
  );
}
