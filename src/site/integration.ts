import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { PluginOption } from "vite";
import { recountNotebooks } from "../notebook/vite-plugin.ts";
import { sharedReport } from "../verify/shared-report.ts";
import { writeChartFiles } from "./chart-files.ts";
import { removeOutputUnlessDone } from "./failed-build.ts";
import { buildGate } from "./gate.ts";

/** Recount's notebooks, and in a build its gate (see gate.ts) and the charts' data files. */
export function recount(): AstroIntegration {
  let root = process.cwd();
  let output: { done(): void } | undefined;
  return {
    name: "recount",
    hooks: {
      "astro:config:setup": async ({ command, config, updateConfig, injectRoute, logger }) => {
        root = fileURLToPath(config.root);
        const plugins: PluginOption[] = [recountNotebooks()];
        if (command === "dev") injectRoute({ pattern: "/filings/[filing]/[page]/[chart].csv", entrypoint: new URL("./routes/chart-csv.ts", import.meta.url) });
        if (command === "build") {
          output = removeOutputUnlessDone(config.outDir);
          const gate = buildGate({ root, outDir: config.outDir, logger });
          plugins.push(gate.plugin);
          await gate.start();
        }
        updateConfig({ vite: { plugins } });
      },
      "astro:build:done": async ({ dir }) => {
        await writeChartFiles(sharedReport(root)!, fileURLToPath(dir));
        output?.done();
      },
    },
  };
}
