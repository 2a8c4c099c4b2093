// Throwaway projects for the benchmarks, under the system's temporary folder, each built from a cold
// start: no Astro or Vite cache is shared between them (see test/static/isolated-project.ts).
import { mkdir, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { astroBuild, projectRoot } from "../test/support/astro.ts";
import { isolatedProject } from "../test/static/isolated-project.ts";
import { writePlainProject, writeRecountContent, type SyntheticOptions } from "./synthetic.ts";

const made: string[] = [];

/** Removes every folder the benchmarks made. */
export function cleanUp(): Promise<unknown> {
  return Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

async function temporary(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

/** A copy of this project whose content is `content` (a folder holding `filings/`). */
export async function recountProject(content = join(projectRoot, "content")): Promise<string> {
  const root = await isolatedProject(content);
  made.push(root);
  return root;
}

/** A copy of this project whose content is synthetic filings. */
export async function syntheticRecountProject(options: SyntheticOptions): Promise<string> {
  const folder = await temporary("recount-bench-content-");
  await writeRecountContent(folder, options);
  return recountProject(join(folder, "content"));
}

/** A plain Astro project with the same synthetic pages, on this project's dependencies. */
export async function syntheticPlainProject(options: SyntheticOptions): Promise<string> {
  const root = await temporary("recount-bench-plain-");
  await writePlainProject(root, options);
  await symlink(join(projectRoot, "package.json"), join(root, "package.json"));
  await mkdir(join(root, "node_modules"));
  for (const name of await readdir(join(projectRoot, "node_modules"))) {
    if (!name.startsWith(".")) await symlink(join(projectRoot, "node_modules", name), join(root, "node_modules", name));
  }
  return root;
}

export interface Timed {
  readonly seconds: number;
  readonly outDir: string;
}

/**
 * Builds a project with `astro build` from a cold start, and how long it took; throws with Astro's output if
 * it fails. The output and every cache of Astro's and Vite's an earlier build of the project left are removed
 * first, unless `warm`: then they are kept, as on an editor's machine. Recount's page cache is kept either way
 * (`env` can turn it off: `RECOUNT_CACHE: "off"`).
 */
export async function timedBuild(
  root: string,
  { warm = false, env = {} }: { warm?: boolean; env?: Record<string, string> } = {},
): Promise<Timed> {
  const outDir = join(root, "dist");
  const caches = [join(root, ".astro"), join(root, "node_modules/.astro"), join(root, "node_modules/.vite")];
  await Promise.all([outDir, ...(warm ? [] : caches)].map((folder) => rm(folder, { recursive: true, force: true })));
  const start = performance.now();
  const { code, output } = await astroBuild(root, outDir, env);
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) throw new Error(`the build of ${root} failed:\n${output.slice(-4_000)}`);
  return { seconds, outDir };
}
