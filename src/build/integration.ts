import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { LogLevel, LogOrStringHandler, RolldownLog } from "rolldown";
import type { PluginOption } from "vite";
import { recountNotebooks } from "#build/notebooks/vite-plugin.ts";
import { bundleWrites } from "#build/gate/bundle-writes.ts";
import { devVerification } from "./dev-verification.ts";
import { pageErrorOverlay } from "./page-error-overlay.ts";
import { removeOutputUnlessDone } from "#build/gate/failed-build.ts";
import { buildGate, useCache } from "#build/gate/gate.ts";
import { sharedReport } from "#build/gate/report.ts";
import { writeChartFiles } from "#build/chart-files/chart-files.ts";

/**
 * Recount's notebooks; in a build its gate (see gate/gate.ts), the charts' data files and the pages' social cards;
 * in dev, the verification's summary, each problem printed once, and a failed page's error in its overlay.
 */
export function recount(): AstroIntegration {
  let root = process.cwd();
  let base = "/";
  let output: { done(): void } | undefined;
  return {
    name: "recount",
    hooks: {
      "astro:config:setup": async ({ command, config, updateConfig, injectRoute, logger }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        let gate: ReturnType<typeof buildGate> | undefined;
        const plugins: PluginOption[] = [recountNotebooks({ onPage: (file, text) => gate?.rendered(file, text) })];
        if (command === "dev") {
          injectRoute({
            pattern: "/filings/[filing]/[page]/[chart].csv",
            entrypoint: new URL("./chart-files/chart-csv-route.ts", import.meta.url),
          });
          plugins.push(devVerification({ root, logger }), pageErrorOverlay());
        }
        if (command === "build") {
          output = removeOutputUnlessDone(config.outDir);
          const writes = bundleWrites();
          gate = buildGate({ root, logger, writes });
          plugins.push(writes.plugin, gate.plugin);
          await gate.start();
        }
        // Pages name their social card only where one is drawn, after a build (see SeoHead.astro).
        updateConfig({
          vite: {
            plugins,
            define: { "import.meta.env.RECOUNT_CARDS": JSON.stringify(command === "build") },
            build: { rolldownOptions: { onLog: withoutHeadInjectDirective } },
          },
        });
      },
      "astro:build:done": async ({ dir }) => {
        await writeChartFiles(sharedReport(root)!, fileURLToPath(dir));
        // Imported here: the card renderer is heavy, and only this step of a build needs it.
        const { writeSocialCards } = await import("#build/cards/social-card-image.ts");
        await writeSocialCards(sharedReport(root)!, fileURLToPath(dir), base, useCache() ? { cache: root } : {});
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
