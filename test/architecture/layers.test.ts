import { dirname, join, normalize } from "node:path";
import { expect, test } from "vitest";
import { nodesOf, srcModules } from "../support/src-modules.ts";

/**
 * The layers of `src/`, each allowed to import from the ones listed (and itself): the engine knows nothing of
 * Astro or Vite, the build delivers the engine's report to the site, the site renders it, and the tools
 * (scaffold, CLI) use the engine only. ARCHITECTURE.md draws the same map.
 */
const allowed: Record<string, readonly string[]> = {
  engine: ["engine"],
  build: ["engine", "build"],
  site: ["engine", "build", "site"],
  pages: ["engine", "build", "site", "pages"],
  tools: ["engine", "tools"],
};

/** The layer of a file under src/: its first folder; content.config.ts is the site's. */
const layerOf = (file: string) => (file.includes("/") ? file.split("/")[0]! : "site");

/** The folder a file belongs to for cycles: a layer's folder (engine/facts), or the layer itself. */
function folderOf(file: string): string {
  const parts = file.split("/");
  return parts.length > 2 && ["engine", "build", "tools"].includes(parts[0]!) ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Every import specifier of a module. */
function importsOf(program: unknown): string[] {
  const specifiers: string[] = [];
  for (const node of nodesOf(program)) {
    const n = node as { type?: string; source?: { value?: unknown }; arguments?: { value?: unknown }[] };
    if (/^(Import|ExportNamed|ExportAll)Declaration$/.test(n.type ?? "") && typeof n.source?.value === "string")
      specifiers.push(n.source.value);
    if (n.type === "ImportExpression" && typeof n.source?.value === "string") specifiers.push(n.source.value);
    if (n.type === "CallExpression" && (node as { callee?: { type?: string } }).callee?.type === "Import") {
      const [argument] = n.arguments ?? [];
      if (typeof argument?.value === "string") specifiers.push(argument.value);
    }
  }
  return specifiers;
}

/** The file under src/ an import names, or undefined for a package or a Node module. */
function target(file: string, specifier: string): string | undefined {
  if (specifier.startsWith("#")) return specifier.slice(1);
  if (specifier.startsWith(".")) return normalize(join(dirname(file), specifier));
  return undefined;
}

const edges = (await srcModules())
  .flatMap(({ file, program }) =>
    importsOf(program).map((specifier) => ({ file, specifier, to: target(file, specifier) })),
  )
  .filter((edge): edge is { file: string; specifier: string; to: string } => !!edge.to);

test("the import reader finds the imports of a known file", () => {
  const found = edges.filter((edge) => edge.file === "build/pipeline.ts").map((edge) => edge.to);
  expect(found).toContain("build/gate/gate.ts");
});

test("every import goes down the layers: engine ← build ← site and pages; tools use the engine", () => {
  const against = edges
    .filter(({ file, to }) => !allowed[layerOf(file)]!.includes(layerOf(to)))
    .map(({ file, specifier }) => `src/${file} imports ${specifier}`);
  expect(against).toEqual([]);
});

test("an import across folders names the folder by its alias (#engine/…), not by ../", () => {
  const climbing = edges
    .filter(({ specifier }) => specifier.startsWith("../"))
    .map(({ file, specifier }) => `src/${file} imports ${specifier}`);
  expect(climbing).toEqual([]);
});

test("no two folders import each other, directly or round a cycle", () => {
  const graph = new Map<string, Set<string>>();
  for (const { file, to } of edges) {
    const [from, into] = [folderOf(file), folderOf(to)];
    if (from !== into) graph.set(from, (graph.get(from) ?? new Set()).add(into));
  }
  // Depth-first search; a folder met again while still on the path closes a cycle (Tarjan 1972).
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const walk = (folder: string, path: string[]) => {
    state.set(folder, "open");
    for (const next of graph.get(folder) ?? []) {
      if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), folder, next].join(" → "));
      else if (!state.has(next)) walk(next, [...path, folder]);
    }
    state.set(folder, "done");
  };
  for (const folder of [...graph.keys()].sort()) if (!state.has(folder)) walk(folder, []);
  expect(cycles).toEqual([]);
});
