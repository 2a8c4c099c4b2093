import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "@babel/parser";
import { projectRoot } from "./astro.ts";

/** A module of src/: its path under src/ and its program as Babel's parser reads it. */
export interface SrcModule {
  readonly file: string;
  readonly program: unknown;
}

/** Every module of src/ (an .astro file's frontmatter is its script), parsed, in path order. */
export async function srcModules(): Promise<SrcModule[]> {
  const files = (await readdir(join(projectRoot, "src"), { recursive: true, encoding: "utf8" }))
    .filter((file) => /\.(ts|astro|mjs)$/.test(file) && !file.endsWith(".d.ts"))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(projectRoot, "src", file), "utf8");
      const code = file.endsWith(".astro") ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") : text;
      const ast = parse(code, { sourceType: "module", plugins: ["typescript", "jsx"], errorRecovery: true });
      return { file, program: ast.program };
    }),
  );
}

/** Every node of a program, depth first. */
export function* nodesOf(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) {
    for (const item of node) yield* nodesOf(item);
    return;
  }
  if (!node || typeof node !== "object") return;
  yield node as Record<string, unknown>;
  for (const value of Object.values(node)) if (value && typeof value === "object") yield* nodesOf(value);
}
