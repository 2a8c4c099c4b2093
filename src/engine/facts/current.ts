import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { factsRegistry, type FactsRegistry } from "./registry.ts";
import { kept } from "#engine/state/state.ts";

const current = kept<{ stamp: string; registry: FactsRegistry } | undefined>(
  "facts of content/filings as on disk, for currentFacts()",
  () => undefined,
);

/**
 * The facts of the project's filings as they are on disk now. The registry is kept while no facts file or
 * source text has changed, and read afresh when one has, so a long-running `astro dev` never serves
 * facts an editor has since corrected.
 */
export function currentFacts(contentDir = "content/filings", root = process.cwd()): FactsRegistry {
  const stamp = filesStamp(join(root, contentDir));
  const last = current.get();
  if (last?.stamp === stamp) return last.registry;
  return current.set({ stamp, registry: factsRegistry(contentDir, { root }) }).registry;
}

function filesStamp(directory: string): string {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap(({ name }) => ["facts.yaml", "source.txt"].map((file) => join(directory, name, file)))
    .map((path) => `${path}:${mtime(path)}`)
    .join("\n");
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
