import type { AstroIntegrationLogger } from "astro";
import type { Plugin } from "vite";
import { writeChartFiles } from "#build/chart-files/chart-files.ts";
import { bundleWrites } from "#build/gate/bundle-writes.ts";
import { removeOutputUnlessDone } from "#build/gate/failed-build.ts";
import { buildGate, useCache } from "#build/gate/gate.ts";
import { sharedReport } from "#build/gate/report.ts";

/**
 * `astro build`, in the order it runs, as ARCHITECTURE.md's "The build gate's route" tells it; the integration
 * (integration.ts) calls each step from the Astro hook where it belongs.
 *
 * 1. The output folder is guarded: it goes unless the build finishes (gate/failed-build.ts).
 * 2. The verification starts on a worker thread (gate/gate.ts), while Astro syncs the content and bundles the
 *    site on this one.
 * 3. `start`: this thread reads the content too; where Astro's collections would refuse it, the build waits for
 *    the verdict, so that it stops with the verification's report and not with Astro's error.
 * 4. The verdict: its warnings logged; a failure ends the build with the report; a pass is handed to the pages
 *    (gate/report.ts), after bundling and before the first page renders (`plugins`), where each page's text as
 *    the bundler read it is held to the text verified (`rendered`, gate/rendered-text.ts).
 * 5. The pages render from that report (`siteReport()`, `sharedNotebook()`).
 * 6. `done`, after the pages: each chart's CSV file and each page's social card, from the same report, and
 *    the output folder kept.
 */
export function buildPipeline({
  root,
  outDir,
  base,
  logger,
}: {
  root: string;
  outDir: URL;
  base: string;
  logger: AstroIntegrationLogger;
}): {
  plugins: Plugin[];
  start(): Promise<void>;
  rendered(file: string, text: string): void;
  done(dir: string): Promise<void>;
} {
  const output = removeOutputUnlessDone(outDir);
  const writes = bundleWrites();
  const gate = buildGate({ root, logger, writes });
  return {
    plugins: [writes.plugin, gate.plugin],
    start: () => gate.start(),
    rendered: gate.rendered,
    async done(dir) {
      const report = sharedReport(root)!;
      await writeChartFiles(report, dir);
      // Imported here: the card renderer is heavy, and only this step of a build needs it.
      const { writeSocialCards } = await import("#build/cards/social-card-image.ts");
      await writeSocialCards(report, dir, base, useCache() ? { cache: root } : {});
      output.done();
    },
  };
}
