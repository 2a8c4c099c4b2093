import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";
import { lazyIntlOff, lazyIntlOn } from "./lazy-intl.ts";
import type { SnapshotSource } from "./runners.ts";

/**
 * The scripts a page's isolate starts from, bundled from ./inside once per process and made into a snapshot
 * once per page runner: the prelude (the cells' side of the bridge, with decimal.js) on every page, and on
 * pages that name them the charts (Plot, linkedom, src/engine/charts), which cost more to start than most
 * pages do to run.
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

function bundled(name: "prelude" | "charts"): Promise<string> {
  let code = bundles.get(name);
  if (!code) bundles.set(name, (code = bundle(name)));
  return code;
}

async function bundle(name: "prelude" | "charts"): Promise<string> {
  const input = join(insideFolder(), `${name}.ts`);
  const build = await rolldown({ input, platform: "browser", logLevel: "silent" });
  try {
    const { output } = await build.generate({ format: "iife", minify: true });
    return output[0].code;
  } finally {
    await build.close();
  }
}

/** ./inside beside this module; once a site build has bundled this module into a chunk, the project's own. */
function insideFolder(): string {
  const beside = fileURLToPath(new URL("./inside/", import.meta.url));
  return existsSync(join(beside, "prelude.ts")) ? beside : join(process.cwd(), "src/engine/sandbox/inside");
}
