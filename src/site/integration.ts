import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { PluginOption } from "vite";
import { recountNotebooks } from "../notebook/vite-plugin.ts";
import { sharedReport } from "../verify/shared-report.ts";
import { writeChartFiles } from "./chart-files.ts";
import { buildGate } from "./gate.ts";

/** Recount's notebooks, and in a build its gate (see gate.ts), the charts' data files and the pages' social cards. */
export function recount(): AstroIntegration {
  let root = process.cwd();
  let base = "/";
  return {
    name: "recount",
    hooks: {
      "astro:config:setup": async ({ command, config, updateConfig, injectRoute, logger }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        const plugins: PluginOption[] = [recountNotebooks()];
        if (command === "dev") injectRoute({ pattern: "/filings/[filing]/[page]/[chart].csv", entrypoint: new URL("./routes/chart-csv.ts", import.meta.url) });
        if (command === "build") {
          const gate = buildGate({ root, outDir: config.outDir, logger });
          plugins.push(gate.plugin);
          await gate.start();
        }
        // Pages name their social card only where one is drawn, after a build (see SeoHead.astro).
        updateConfig({ vite: { plugins, define: { "import.meta.env.RECOUNT_CARDS": JSON.stringify(command === "build") } } });
      },
      "astro:build:done": async ({ dir }) => {
        await writeChartFiles(sharedReport(root)!, fileURLToPath(dir));
        // Imported here: the card renderer is heavy, and only this step of a build needs it.
        const { writeSocialCards } = await import("./social-card-image.ts");
        await writeSocialCards(sharedReport(root)!, fileURLToPath(dir), base);
      },
    },
  };
}
