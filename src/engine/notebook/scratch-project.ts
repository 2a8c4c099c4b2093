import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * A TypeScript project of `files` (paths relative to it, and their text) in a scratch folder that `rootDirs`
 * lays over the project, so that imports relative to a file resolve as they do from its place in the
 * project: where cells are type-checked, and where their names are hovered. Removed once `use` is done.
 */
export async function inScratchProject<T>(
  root: string,
  files: ReadonlyMap<string, string>,
  use: (scratch: string) => Promise<T>,
): Promise<T> {
  const cache = join(root, "node_modules/.cache/recount");
  await mkdir(cache, { recursive: true });
  const scratch = await mkdtemp(join(cache, "types-"));
  try {
    const tsconfig = {
      extends: join(root, "tsconfig.json"),
      compilerOptions: { rootDirs: [scratch, root], noEmit: true },
      include: ["**/*.ts"],
      exclude: [],
    };
    await Promise.all(
      [...files, ["tsconfig.json", JSON.stringify(tsconfig)] as const].map(async ([file, text]) => {
        const path = join(scratch, file);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      }),
    );
    return await use(scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The project's own TypeScript: its package.json, which says which version it is. */
export function typescriptPackage(root: string): string {
  return createRequire(join(root, "package.json")).resolve("typescript/package.json");
}

/** The project's own tsc, run as `node <tsc> …`. */
export function tscPath(root: string): string {
  return join(dirname(typescriptPackage(root)), "bin/tsc");
}
