import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { buildProjectSite, keptSiteFolder } from "../support/global-setup.ts";
import { serve } from "./serve.ts";

/**
 * Builds the project's site as the rest of the suite does (only the deployed build: no test here reads the one
 * under a sub-path), or takes the build `npm test` kept of this very commit, and serves it; browser tests reach
 * it at `inject("origin")`, and the bench's smoke run reads its files at `inject("dist")`.
 */
export default async function setup(project: TestProject) {
  const kept = keptSiteFolder();
  const reused = kept !== undefined && existsSync(kept);
  const dist = reused ? kept : await buildProjectSite();
  const server = await serve(dist);
  project.provide("origin", server.origin);
  project.provide("dist", dist);
  return async () => {
    await server.close();
    if (!reused) await rm(dist, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
  }
}
