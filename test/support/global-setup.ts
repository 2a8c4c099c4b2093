import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { astroBuild, projectRoot } from "./astro.ts";

/** Builds the real site once for every integration test; they read its output from `inject("dist")`. */
export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(join(tmpdir(), "recount-dist-"));
  const { code, output } = await astroBuild(projectRoot, outDir);
  if (code !== 0) throw new Error(`the site did not build:\n${output}`);
  project.provide("dist", outDir);
}

declare module "vitest" {
  export interface ProvidedContext {
    dist: string;
  }
}
