import { mkdir, readdir, rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { fixtureProject, projectRoot } from "../support/astro.ts";

// Astro keeps its content data store, Vite its dependency cache and Recount its page cache in node_modules.
const caches = new Set([".astro", ".vite", ".cache"]);

/**
 * A fixture project (see fixtureProject) that builds as a fresh checkout would: its node_modules links
 * every package of the project's but not the caches kept among them, so its build starts clean and
 * shares no state with any other build.
 */
export async function isolatedProject(content: string): Promise<string> {
  const root = await fixtureProject(content);
  const modules = join(root, "node_modules");
  await rm(modules);
  await mkdir(modules);
  for (const name of await readdir(join(projectRoot, "node_modules"))) {
    if (!caches.has(name)) await symlink(join(projectRoot, "node_modules", name), join(modules, name));
  }
  return root;
}
