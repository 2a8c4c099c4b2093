import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// Kept apart from page-cache.ts, which loads most of the engine: the processes that only start a
// verification (`npm run check`, the build's gate) need the switch and the folders, not the engine.

/** Off with `RECOUNT_CACHE=off`, and with `--no-cache` for `npm run build` and `npm run check`. */
export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RECOUNT_CACHE !== "off";
}

/** Where Recount keeps what it computed, by kind: `pages`, `cards`. */
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
