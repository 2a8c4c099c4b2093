import { mkdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { cacheFolder } from "#engine/cache/caches.ts";
import { fixtureProject, linkModules, projectRoot } from "../support/astro.ts";

// Astro keeps its content data store, Vite its dependency cache and Recount its page cache in node_modules.
const caches = new Set([".astro", ".vite", ".cache"]);

/**
 * Shared with the project's, or each of the suite's ~100 checks would compile the engine, bundle the pages'
 * scripts and run tsc on the same cells anew: what a process needs to start, found by content and checked
 * as it is served (src/engine/cache/caches.ts), and the type checks that found nothing, each served only
 * for the very files it read (src/engine/notebook/clean-types.ts).
 */
const sharedCaches = ["compile", "inside", "types"];

/**
 * A fixture project (see fixtureProject) that builds as a fresh checkout would: its node_modules links
 * every package of the project's but not the caches kept among them, so its build starts clean and
 * shares no state with any other build; only the shared caches above are the project's.
 */
export async function isolatedProject(content: string): Promise<string> {
  const root = await fixtureProject(content);
  await linkModules(root, caches);
  for (const kind of sharedCaches) {
    await mkdir(cacheFolder(projectRoot, kind), { recursive: true });
    await mkdir(join(cacheFolder(root, kind), ".."), { recursive: true });
    await symlink(cacheFolder(projectRoot, kind), cacheFolder(root, kind));
  }
  return root;
}
