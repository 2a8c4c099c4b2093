// What a page's sandbox costs before its cells run: a fresh context, the prelude (decimal.js and the
// bridge), and on pages that draw charts the charts script (Plot, linkedom, src/engine/charts). The scripts are
// bundled and compiled once per process; this times what every page pays. `npm run bench -- --only sandbox`.
import { performance } from "node:perf_hooks";
import { constants, createContext } from "node:vm";
import { contextScripts } from "#engine/sandbox/scripts.ts";

export async function sandboxTimes({
  runs,
}: {
  runs: number;
}): Promise<{ context: number; prelude: number; charts: number; bundle: number }> {
  const start = performance.now();
  const scripts = await contextScripts();
  const charts = await scripts.charts();
  const bundle = performance.now() - start;
  const times = { context: [] as number[], prelude: [] as number[], charts: [] as number[] };
  for (let run = 0; run < runs; run++) {
    let mark = performance.now();
    const context = createContext(constants.DONT_CONTEXTIFY, {
      microtaskMode: "afterEvaluate",
      codeGeneration: { strings: false, wasm: false },
    }) as Record<string, unknown>;
    context.__recountBridge = () => "{}";
    times.context.push(performance.now() - mark);
    mark = performance.now();
    scripts.prelude.runInContext(context);
    times.prelude.push(performance.now() - mark);
    mark = performance.now();
    charts.runInContext(context);
    times.charts.push(performance.now() - mark);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { context: median(times.context), prelude: median(times.prelude), charts: median(times.charts), bundle };
}
