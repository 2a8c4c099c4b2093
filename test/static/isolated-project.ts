import { fixtureProject, linkModules } from "../support/astro.ts";

// Astro keeps its content data store, Vite its dependency cache and Recount its page cache in node_modules.
const caches = new Set([".astro", ".vite", ".cache"]);

/**
 * A fixture project (see fixtureProject) that builds as a fresh checkout would: its node_modules links
 * every package of the project's but not the caches kept among them, so its build starts clean and
 * shares no state with any other build.
 */
export async function isolatedProject(content: string): Promise<string> {
  const root = await fixtureProject(content);
  await linkModules(root, caches);
  return root;
}
