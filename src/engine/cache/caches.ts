import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// Kept apart from verify/page-cache.ts, which loads most of the engine: the processes that only start a
// verification (`npm run check`, the build's gate) need the switch and the folders, not the engine.

/** Off with `RECOUNT_CACHE=off`, and with `--no-cache` for `npm run build` and `npm run check`. */
export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RECOUNT_CACHE !== "off";
}

/**
 * Where Recount keeps what it computed, by kind: verdicts and drawings (`pages`, `cards`), which the switch
 * above turns off, and what starting a verification needs (`compile`, `inside`), found by content.
 */
export function cacheFolder(root: string, kind: string): string {
  return join(root, "node_modules/.cache/recount", kind);
}

/** Writes a file whole, then renames it into place: a build running alongside never reads half of it. */
export async function writeWhole(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${randomUUID()}`;
  await writeFile(partial, bytes);
  await rename(partial, path);
}

/**
 * The environment that has a worker or process keep the code Node compiles, in the cache folder `compile`:
 * without it each of them strips the types of, and compiles, the whole engine again (~0.4 s of CPU). It is
 * Node's own compile cache, which checks each file's content before it serves it, so it is no verdict, and
 * `RECOUNT_CACHE=off` and `--no-cache` leave it on. Portable, its entries are found by each file's path
 * relative to the folder, so that a project moved or copied with its code (the tests' throwaway projects,
 * which link this folder) finds them. A compile cache already chosen (NODE_COMPILE_CACHE) is kept.
 */
export function compileCacheEnv(root: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.NODE_COMPILE_CACHE) return env;
  return { ...env, NODE_COMPILE_CACHE: cacheFolder(root, "compile"), NODE_COMPILE_CACHE_PORTABLE: "1" };
}
