import { execFileSync } from "node:child_process";
import { cp, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { TestProject } from "vitest/node";
import { astroBuild, fixtureProject, projectRoot } from "./astro.ts";
import { builds, type BuildName } from "./builds.ts";
import { addMarkup } from "./markup.ts";

const fixtures = join(projectRoot, "test/site/fixtures");

/** Builds `root` into `outDir` for one of `builds`, or fails the whole run with Astro's output. */
async function build(name: BuildName, root: string, outDir: string): Promise<void> {
  const { site, base } = builds[name];
  const { code, output } = await astroBuild(root, outDir, { RECOUNT_SITE: site, RECOUNT_BASE: base });
  if (code !== 0) throw new Error(`the site did not build (${name}):\n${output}`);
}

/** The project's content with the fixture sections added to its first filing, and markup in its metadata. */
async function contentWithFixtures(): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), "recount-content-"));
  await cp(join(projectRoot, "content"), content, { recursive: true });
  await cp(fixtures, join(content, "filings/qfin-2024-09-27-6k/pages"), { recursive: true });
  await addMarkup(content);
  return content;
}

/** The project's own site, built as it is deployed (`dist`), into a temporary folder it returns. */
export async function buildProjectSite(): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), "recount-dist-"));
  await build("dist", projectRoot, dist);
  return dist;
}

/**
 * Where `npm test` leaves the deployed build for `npm run test:integration`, which CI runs next in the same clone,
 * or undefined unless the working tree is exactly its commit: the same code and content build the same bytes
 * (test/static/reproducible.slow.test.ts), so a second build of them would only take time.
 */
export function keptSiteFolder(): string | undefined {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8" });
  try {
    if (git("status", "--porcelain", "--untracked-files=all") !== "") return undefined;
    return join(
      projectRoot,
      "node_modules/.cache/recount/test-site",
      `${git("rev-parse", "HEAD").trim()}-${process.version}`,
    );
  } catch {
    return undefined; // no git, as in a tarball of the project
  }
}

/** Keeps a copy of the deployed build where keptSiteFolder says, whole or not at all. */
async function keepSite(dist: string): Promise<void> {
  const kept = keptSiteFolder();
  if (!kept) return;
  const partial = `${kept}.${process.pid}`;
  // Only this commit's: another's would never be read again.
  await rm(dirname(kept), { recursive: true, force: true });
  await cp(dist, partial, { recursive: true });
  await rename(partial, kept);
}

/**
 * Builds the site for every integration test; they read the output from `inject("dist")` and
 * `inject("distUnderBase")`. One build after the other: Astro builds share caches in node_modules.
 */
export default async function setup(project: TestProject) {
  const dist = await buildProjectSite();
  await keepSite(dist);
  const content = await contentWithFixtures();
  const fixture = await fixtureProject(content);
  await build("distUnderBase", fixture, join(fixture, "dist"));
  project.provide("dist", dist);
  project.provide("distUnderBase", join(fixture, "dist"));
  return async () => {
    for (const dir of [dist, content, fixture]) await rm(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    dist: string;
    distUnderBase: string;
  }
}
