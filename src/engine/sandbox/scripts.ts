import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { cacheFolder, writeWhole } from "#engine/cache/caches.ts";
import { digest } from "#engine/text/digest.ts";
import { lazyIntlOff, lazyIntlOn } from "./lazy-intl.ts";
import type { SnapshotSource } from "./runners.ts";

/**
 * The scripts a page's isolate starts from, bundled from ./inside once per process (or taken from the cache
 * folder, see `insideBundle`) and made into a snapshot once per page runner: the prelude (the cells' side of
 * the bridge, with decimal.js) on every page, and on pages that name them the charts (Plot, linkedom,
 * src/engine/charts), which cost more to start than most pages do to run.
 */
export type SnapshotKind = "plain" | "charts";

const bundles = new Map<string, Promise<string>>();

export async function snapshotSource(kind: SnapshotKind): Promise<SnapshotSource> {
  const prelude = { code: await bundled("prelude"), filename: "recount:prelude" };
  if (kind === "plain") return { scripts: [prelude] };
  return {
    scripts: [
      prelude,
      { code: lazyIntlOn, filename: "recount:lazy-intl" },
      { code: await bundled("charts"), filename: "recount:charts" },
      { code: lazyIntlOff, filename: "recount:lazy-intl" },
    ],
    warmup,
  };
}

/**
 * Drawn once when the charts snapshot is made, in a context thrown away after: the snapshot keeps the code
 * it compiled, so that each page's fresh isolate does not start Plot's drawing cold.
 */
const warmup = `{
  const { chart, Plot } = globalThis.__recountCharts;
  const data = [{ a: "x", b: 1, d: new Date("2024-09-27") }, { a: "y", b: -2.5, d: new Date("2024-12-31") }];
  chart({ id: "warmup", caption: "c", description: "d", data,
    marks: [Plot.barY(data, { x: "a", y: "b" }), Plot.ruleY([0]), Plot.text(data, { x: "a", y: "b", text: "b" })] });
  chart({ id: "warmup-time", caption: "c", description: "d", data, marks: [Plot.lineY(data, { x: "d", y: "b" })] });
}`;

function bundled(name: InsideScript): Promise<string> {
  let code = bundles.get(name);
  if (!code) bundles.set(name, (code = insideBundle(name)));
  return code;
}

type InsideScript = "prelude" | "charts";

/** A bundle kept in the cache folder `inside`, with what it was made from. */
interface BundleEntry {
  readonly key: string;
  /** Every file rolldown read for it (relative to the project), with the digest of its text. */
  readonly files: readonly (readonly [string, string])[];
  readonly code: string;
}

/**
 * ./inside/`name`.ts bundled as the pages' isolates load it: rolldown takes ~0.3 s of CPU for the prelude and
 * several for the charts, in each process that runs pages. The bundle is kept, and served while every file
 * it was made from (each module, the package.json that resolved it, the project's tsconfig.json) has the
 * same text, with the same rolldown. A bundle is code made from code, checked as it is served, no verdict:
 * `RECOUNT_CACHE=off` and `--no-cache` leave it on (see cache/caches.ts).
 */
export async function insideBundle(
  name: InsideScript,
  { root = process.cwd(), folder = insideFolder() }: { root?: string; folder?: string } = {},
): Promise<string> {
  const input = join(folder, `${name}.ts`);
  const key = digest(JSON.stringify(["recount inside 1", rolldownVersion(), relative(root, input)]));
  const path = join(cacheFolder(root, "inside"), `${name}.json`);
  const kept = await readFile(path, "utf8")
    .then((text) => JSON.parse(text) as BundleEntry)
    .catch(() => undefined);
  if (kept?.key === key && (await unchanged(root, kept.files))) return kept.code;
  const { code, modules } = await bundle(input);
  const files = await Promise.all(
    [...new Set([...modules, ...modules.map(packageManifest), join(root, "tsconfig.json")])]
      .sort()
      .map(async (file) => {
        const text = await readFile(file, "utf8");
        return [relative(root, file), digest(text)] as const;
      }),
  );
  // A bundle that cannot be kept (a read-only node_modules) is used all the same, and made again next time.
  await writeWhole(path, JSON.stringify({ key, files, code } satisfies BundleEntry)).catch(() => {});
  return code;
}

/** Whether every file has the text it had; false for a file gone or an entry not made here. */
async function unchanged(root: string, files: BundleEntry["files"]): Promise<boolean> {
  try {
    const now = await Promise.all(files.map(([file]) => readFile(resolve(root, file), "utf8")));
    return now.every((text, at) => digest(text) === files[at]![1]);
  } catch {
    return false;
  }
}

async function bundle(input: string): Promise<{ code: string; modules: string[] }> {
  // Loaded only to bundle: a process whose bundles are kept does not load it (~0.1 s).
  const { rolldown } = await import("rolldown");
  const build = await rolldown({ input, platform: "browser", logLevel: "silent" });
  try {
    const { output } = await build.generate({ format: "iife", minify: true });
    // Rolldown's own modules (its runtime) have ids that are no file: they change with its version, in the key.
    return { code: output[0].code, modules: output[0].moduleIds.filter((id) => isAbsolute(id)) };
  } finally {
    await build.close();
  }
}

function rolldownVersion(): string {
  const manifest = createRequire(import.meta.url).resolve("rolldown/package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** The package.json nearest a module: the one whose `imports`, `exports` or `module` resolved it. */
function packageManifest(module: string): string {
  for (let folder = dirname(module); ; folder = dirname(folder)) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest) || dirname(folder) === folder) return manifest;
  }
}

/** ./inside beside this module; once a site build has bundled this module into a chunk, the project's own. */
function insideFolder(): string {
  const beside = fileURLToPath(new URL("./inside/", import.meta.url));
  return existsSync(join(beside, "prelude.ts")) ? beside : join(process.cwd(), "src/engine/sandbox/inside");
}
