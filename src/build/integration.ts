import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { LogLevel, LogOrStringHandler, RolldownLog } from "rolldown";
import type { PluginOption } from "vite";
import { recountNotebooks } from "#build/notebooks/vite-plugin.ts";
import { devVerification } from "./dev-verification.ts";
import { pageErrorOverlay } from "./page-error-overlay.ts";
import { buildPipeline } from "./pipeline.ts";

/**
 * Recount's notebooks; in a build, the steps of pipeline.ts (the gate, the charts' data files and the pages'
 * social cards); in dev, the verification's summary, each problem printed once, and a failed page's error in
 * its overlay.
 */
export function recount(): AstroIntegration {
  let build: ReturnType<typeof buildPipeline> | undefined;
  return {
    name: "recount",
    hooks: {
      "astro:config:setup": async ({ command, config, updateConfig, injectRoute, logger }) => {
        const root = fileURLToPath(config.root);
        const plugins: PluginOption[] = [recountNotebooks({ onPage: (file, text) => build?.rendered(file, text) })];
        if (command === "dev") {
          injectRoute({
            pattern: "/filings/[filing]/[page]/[chart].csv",
            entrypoint: new URL("./chart-files/chart-csv-route.ts", import.meta.url),
          });
          plugins.push(devVerification({ root, logger }), pageErrorOverlay());
        }
        if (command === "build") {
          build = buildPipeline({ root, outDir: config.outDir, base: config.base, logger });
          plugins.push(...build.plugins);
          await build.start();
        }
        // Whether pages are rendered by `astro build`, whose gate verified the content once (report.ts) and after
        // which their social cards are drawn (SeoHead.astro). Not Vite's DEV, which follows NODE_ENV: a build run
        // with NODE_ENV=test had DEV true and verified the whole site again for every page, six times slower.
        updateConfig({
          vite: {
            plugins,
            define: { "import.meta.env.RECOUNT_BUILD": JSON.stringify(command === "build") },
            build: { rolldownOptions: { onLog: withoutHeadInjectDirective } },
          },
        });
      },
      "astro:build:done": async ({ dir }) => build?.done(fileURLToPath(dir)),
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
