import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { cacheFolder, writeWhole } from "#engine/cache/caches.ts";

/**
 * The type checks of cells that found nothing, kept so that checking unchanged pages against unchanged code
 * runs no tsc: `npm run check` run again, each page `astro dev` renders, a throwaway project of the tests
 * whose pages another one checked. A check is known by its key (what tsc was given, and which tsc) and by
 * the content of every file tsc read, so that a change to any of them, in the project or in node_modules,
 * makes it run again: tsc would find nothing again in exactly these files, so the record is served
 * whichever project made it (a file of the project is kept by its path in the project).
 */
interface CleanCheck {
  readonly files: readonly string[];
  readonly digest: string;
}

/** Whether the check with this key found nothing, and no file it read has changed since. */
export async function isKnownClean(root: string, key: string): Promise<boolean> {
  const record = await readFile(recordPath(root, key), "utf8")
    .then((text): CleanCheck => JSON.parse(text))
    .catch(() => undefined);
  if (!record) return false;
  const contents = await Promise.all(record.files.map((file) => readFile(resolve(root, file)))).catch(() => undefined);
  return contents !== undefined && digest(contents) === record.digest;
}

/** Records that the check with this key, having read `files`, found nothing. */
export async function rememberClean(root: string, key: string, files: readonly string[]): Promise<void> {
  const inProject = files.map((file) => {
    const path = relative(root, file);
    return path.startsWith("..") || isAbsolute(path) ? file : path;
  });
  const record: CleanCheck = {
    files: inProject,
    digest: digest(await Promise.all(files.map((file) => readFile(file)))),
  };
  await writeWhole(recordPath(root, key), JSON.stringify(record));
}

/** A hash of several texts, none of which can be mistaken for a join of the others. */
export function digest(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest("hex");
}

function recordPath(root: string, key: string): string {
  return join(cacheFolder(root, "types"), `${digest([key])}.json`);
}
