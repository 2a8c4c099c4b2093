import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { recountNotebooks } from "../notebook/vite-plugin.ts";
import { warningText } from "../verify/report-text.ts";
import { sharedReport, shareReport } from "../verify/shared-report.ts";
import { formatErrors, verify } from "../verify/verify.ts";
import { writeChartFiles } from "./chart-files.ts";

/**
 * Recount's build gate: before any page is written, verify all content (metadata, facts, notebooks,
 * checks). On any problem, stop with the editor-facing report and leave no `dist/` behind that could
 * be deployed by mistake.
 */
export function recount(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "recount",
    hooks: {
      "astro:config:setup": async ({ command, config, updateConfig, injectRoute, logger }) => {
        updateConfig({ vite: { plugins: [recountNotebooks()] } });
        root = fileURLToPath(config.root);
        if (command === "dev") injectRoute({ pattern: "/filings/[filing]/[page]/[chart].csv", entrypoint: new URL("./routes/chart-csv.ts", import.meta.url) });
        if (command !== "build") return;
        const report = await verify(root);
        // A warning does not stop the build (see settle.ts), but an editor must see it there too.
        for (const warning of report.ledger.warnings()) logger.warn(warningText(warning));
        if (report.errors.length === 0) return shareReport(root, report);
        await rm(config.outDir, { recursive: true, force: true });
        throw new AstroError(formatErrors(report), "fix the problems above, then run `npm run check` to see them again without building");
      },
      "astro:build:done": async ({ dir }) => {
        await writeChartFiles(sharedReport(root)!, fileURLToPath(dir));
      },
    },
  };
}
