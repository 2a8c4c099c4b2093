// What a page's sandbox costs, the design before and after in one run (so that the ratio holds on a loaded
// machine). Before: a fresh node:vm context in the build's process, then the prelude and, on pages that draw,
// the charts script run in it. Now: a fresh isolate per page from a snapshot (made once per page runner)
// in a process of its own, the page's messages crossing to the host as text; timed as whole pages, empty
// and drawing one chart. `npm run bench -- --only sandbox`.
import { performance } from "node:perf_hooks";
import { constants, createContext, Script } from "node:vm";
import { runInSandbox } from "#engine/sandbox/sandbox.ts";
import { snapshotSource } from "#engine/sandbox/scripts.ts";

export interface SandboxTimes {
  /** Milliseconds, medians: node:vm's fresh context, its prelude, its charts script, and drawing one chart. */
  readonly before: {
    readonly context: number;
    readonly prelude: number;
    readonly charts: number;
    readonly draw: number;
  };
  /** Milliseconds, medians of whole pages run in an isolate: empty, empty from the charts snapshot, one chart. */
  readonly after: { readonly plain: number; readonly chartsEmpty: number; readonly chart: number };
  /** Milliseconds of the first page of each kind, which makes the runner and its snapshot. */
  readonly first: { readonly plain: number; readonly charts: number };
  readonly bundle: number;
}

const empty = "(async (__names, __recount) => { return {}; })";
const options = `{ id: "bars", caption: "c", description: "d", data: [{ a: "x", b: 1 }],
    marks: [Plot.barY([{ a: "x", b: 1 }], { x: "a", y: "b" })] }`;
const oneChart = `(async (__names, __recount) => { const { chart, Plot } = __names; __recount.cell(0);
  __recount.out(0, chart(${options})); return {}; })`;
/** The same chart drawn in a node:vm context as before, where the charts script left its helpers. */
const drawInContext = new Script(`{ const { chart, Plot } = globalThis.__recountCharts; chart(${options}); }`);

export async function sandboxTimes({ runs }: { runs: number }): Promise<SandboxTimes> {
  let mark = performance.now();
  const [prelude, , charts] = (await snapshotSource("charts")).scripts;
  const bundle = performance.now() - mark;
  const preludeScript = new Script(prelude!.code, { filename: prelude!.filename });
  const chartsScript = new Script(charts!.code, { filename: charts!.filename });
  const page = (code: string, usesCharts: boolean) => async () => {
    const ending = await runInSandbox({
      code,
      script: "bench (notebook)",
      host: {},
      charts: usesCharts,
      timeout: 60_000,
      memory: 512,
      onCell: () => {},
      onCall: () => {},
    });
    if (ending.kind !== "done") throw new Error(`the bench's page ended ${JSON.stringify(ending)}`);
  };
  const timed = async (work: () => unknown) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  const first = { plain: await timed(page(empty, false)), charts: await timed(page(empty, true)) };
  const times = { context: [], prelude: [], charts: [], draw: [], plain: [], chartsEmpty: [], chart: [] } as Record<
    string,
    number[]
  >;
  for (let run = 0; run < runs; run++) {
    mark = performance.now();
    const context = createContext(constants.DONT_CONTEXTIFY, {
      microtaskMode: "afterEvaluate",
      codeGeneration: { strings: false, wasm: false },
    }) as Record<string, unknown>;
    times.context!.push(performance.now() - mark);
    times.prelude!.push(await timed(() => preludeScript.runInContext(context)));
    times.charts!.push(await timed(() => chartsScript.runInContext(context)));
    times.draw!.push(await timed(() => drawInContext.runInContext(context)));
    times.plain!.push(await timed(page(empty, false)));
    times.chartsEmpty!.push(await timed(page(empty, true)));
    times.chart!.push(await timed(page(oneChart, true)));
  }
  const median = (name: string) => times[name]!.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return {
    before: { context: median("context"), prelude: median("prelude"), charts: median("charts"), draw: median("draw") },
    after: { plain: median("plain"), chartsEmpty: median("chartsEmpty"), chart: median("chart") },
    first,
    bundle,
  };
}
