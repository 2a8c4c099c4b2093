import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { projectRoot } from "./astro.ts";

/**
 * How long a test, a hook or a wait inside one may take before it fails: the CI job's own limit, not a guess
 * at how fast the machine is. Builds and servers take several times longer on a loaded machine than on an
 * idle one, and a verdict must not depend on which; a hang still ends the run, at this limit.
 */
export const patience = 30 * 60_000;

/**
 * Writes `root/package.json`: the project's, with `patience` as the cells' time limit, for tests of anything
 * but that limit. The 5 s default is wall time, which a chart page's cells can take on a loaded machine.
 */
export async function writePatientManifest(root: string): Promise<void> {
  const manifest = JSON.parse(await readFile(join(projectRoot, "package.json"), "utf8"));
  await writeFile(
    join(root, "package.json"),
    JSON.stringify({ ...manifest, recount: { ...manifest.recount, cellTimeout: patience } }, null, 2),
  );
}
