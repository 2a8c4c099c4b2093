import type { TestProject } from "vitest/node";
import { serve } from "./serve.ts";

/**
 * Serves the site that test/support/global-setup.ts built (it runs first), so browser tests see the same
 * `dist/` as the rest of the suite; they reach it at `inject("origin")`.
 */
export default async function setup(project: TestProject) {
  const server = await serve(project.getProvidedContext().dist);
  project.provide("origin", server.origin);
  return () => server.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
  }
}
