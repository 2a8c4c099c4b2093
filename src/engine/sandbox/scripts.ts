import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { rolldown } from "rolldown";

/**
 * The code a page's context runs before its cells, bundled from ./inside once per process and compiled
 * once, then run in each context: the prelude (the cells' side of the bridge, with decimal.js) on every
 * page, the charts (Plot, linkedom, src/engine/charts) only on pages that name them, since they cost more to run
 * than most pages do.
 */
export interface ContextScripts {
  readonly prelude: Script;
  readonly charts: () => Promise<Script>;
}

let scripts: Promise<ContextScripts> | undefined;

export function contextScripts(): Promise<ContextScripts> {
  return (scripts ??= bundle("prelude").then((prelude) => {
    let charts: Promise<Script> | undefined;
    return { prelude, charts: () => (charts ??= bundle("charts")) };
  }));
}

async function bundle(name: "prelude" | "charts"): Promise<Script> {
  const input = join(insideFolder(), `${name}.ts`);
  const build = await rolldown({ input, platform: "browser", logLevel: "silent" });
  try {
    const { output } = await build.generate({ format: "iife", minify: true });
    return new Script(output[0].code, { filename: `recount:${name}` });
  } finally {
    await build.close();
  }
}

/** ./inside beside this module; once a site build has bundled this module into a chunk, the project's own. */
function insideFolder(): string {
  const beside = fileURLToPath(new URL("./inside/", import.meta.url));
  return existsSync(join(beside, "prelude.ts")) ? beside : join(process.cwd(), "src/engine/sandbox/inside");
}
