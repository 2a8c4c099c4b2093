import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * The last type check of a project's cells that found nothing, kept so that checking unchanged pages
 * against unchanged code runs no tsc: `npm run check` run again, each page `astro dev` renders, the build's
 * second verification. A check is known by its key (what tsc was given) and by the content of every file
 * tsc read, so that a change to any of them, in the project or in node_modules, makes it run again.
 */
interface CleanCheck {
  readonly key: string;
  readonly files: readonly string[];
  readonly digest: string;
}

/** Whether the check with this key found nothing, and no file it read has changed since. */
export async function isKnownClean(root: string, key: string): Promise<boolean> {
  const record = await readFile(recordPath(root), "utf8")
    .then((text): CleanCheck => JSON.parse(text))
    .catch(() => undefined);
  if (record?.key !== key) return false;
  const contents = await Promise.all(record.files.map((file) => readFile(file))).catch(() => undefined);
  return contents !== undefined && digest(contents) === record.digest;
}

/** Records that the check with this key, having read `files`, found nothing. */
export async function rememberClean(root: string, key: string, files: readonly string[]): Promise<void> {
  const record: CleanCheck = { key, files, digest: digest(await Promise.all(files.map((file) => readFile(file)))) };
  const path = recordPath(root);
  await mkdir(dirname(path), { recursive: true });
  // Written whole, then renamed: a verification running alongside never reads half a record.
  const partial = `${path}.${randomUUID()}`;
  await writeFile(partial, JSON.stringify(record));
  await rename(partial, path);
}

/** A hash of several texts, none of which can be mistaken for a join of the others. */
export function digest(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest("hex");
}

function recordPath(root: string): string {
  return join(root, "node_modules/.cache/recount/clean-types.json");
}
