import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { LogLevel, LogOrStringHandler, RolldownLog } from "rolldown";
import type { PluginOption } from "vite";
import { recountNotebooks } from "../notebook/vite-plugin.ts";
import { sharedReport } from "../verify/shared-report.ts";
import { writeChartFiles } from "./chart-files.ts";
import { removeOutputUnlessDone } from "./failed-build.ts";
import { devVerification } from "./dev-verification.ts";
import { buildGate } from "./gate.ts";

/** Recount's notebooks; in a build its gate (see gate.ts) and the charts' data files; in dev, the verification's summary. */
export function recount(): AstroIntegration {
  let root = process.cwd();
  let output: { done(): void } | undefined;
  return {
    name: "recount",
    hooks: {
      "astro:config:setup": async ({ command, config, updateConfig, injectRoute, logger }) => {
        root = fileURLToPath(config.root);
        const plugins: PluginOption[] = [recountNotebooks()];
        if (command === "dev") {
          injectRoute({ pattern: "/filings/[filing]/[page]/[chart].csv", entrypoint: new URL("./routes/chart-csv.ts", import.meta.url) });
          plugins.push(devVerification({ root, logger }));
        }
        if (command === "build") {
          output = removeOutputUnlessDone(config.outDir);
          const gate = buildGate({ root, outDir: config.outDir, logger });
          plugins.push(gate.plugin);
          await gate.start();
        }
        updateConfig({ vite: { plugins, build: { rolldownOptions: { onLog: withoutHeadInjectDirective } } } });
      },
      "astro:build:done": async ({ dir }) => {
        await writeChartFiles(sharedReport(root)!, fileURLToPath(dir));
        output?.done();
      },
    },
  };
}

/**
 * Leaves out exactly the bundler's warning that Astro's "use astro:head-inject" marker is not preserved:
 * Astro reads that marker while transforming its pages, before bundling, so losing it in the bundle is
 * harmless, and the warning (ten lines per page) is one no editor can act on. Every other log passes.
 */
function withoutHeadInjectDirective(level: LogLevel, log: RolldownLog, handler: LogOrStringHandler): void {
  if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
}
