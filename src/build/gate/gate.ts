import type { AstroIntegrationLogger } from "astro";
import type { Plugin } from "vite";
import { problemsText } from "#engine/diagnostics/recount-error.ts";
import { runLimited } from "#engine/verify/limited-worker.ts";
import { cacheEnabled } from "#engine/cache/caches.ts";
import { readContent } from "#engine/verify/read-content.ts";
import { warningText } from "#engine/verify/report-text.ts";
import type { bundleWrites } from "./bundle-writes.ts";
import type { GateVerdict } from "./gate-worker.ts";
import { unpackReport } from "#engine/verify/transfer.ts";
import { renderedTexts } from "./rendered-text.ts";
import { sharedReport, shareReport } from "./report.ts";

const hint = "fix the problems above, then run `npm run check` to see them again without building";

/**
 * Recount's build gate: all content (metadata, facts, notebooks, checks) is verified before any page is
 * written, and on any problem the build stops with the editor-facing report and leaves no `dist/` behind
 * that could be deployed by mistake. Verifying runs on a worker thread, on the second core, while Astro
 * syncs content and bundles the site on this one; the pages then render from its report.
 *
 * A failed verdict stops the build the moment it arrives, with the report `npm run check` prints, rather
 * than after the bundle it would otherwise wait for (but not while the bundler is writing files: see
 * bundle-writes.ts); the output folder goes as the process ends (failed-build.ts). Wherever the build would stop before the verdict, it waits for it, so that the
 * editor reads that report and not a symptom: `start` at what the content collections would refuse, and
 * the returned Vite plugin at a failed bundle (a cell's syntax error fails both) and before rendering.
 */
export function buildGate({
  root,
  logger,
  writes,
}: {
  root: string;
  logger: AstroIntegrationLogger;
  writes: ReturnType<typeof bundleWrites>;
}): {
  start(): Promise<void>;
  plugin: Plugin;
  /** Takes a page's text as the build reads it to render it (see rendered-text.ts). */
  rendered(file: string, text: string): void;
} {
  const verdict = verifyInWorker(root, useCache()).then(async (outcome) => {
    // A warning does not stop the build (see settle.ts), but an editor must see it there too.
    for (const warning of outcome.warnings) logger.warn(warningText(warning));
    if (!outcome.passed) {
      await writes.idle();
      stop(logger, outcome.problems);
    }
    return outcome;
  });
  verdict.catch(() => {}); // awaited before any page renders; until then a failure must not count as unhandled
  let passed: Promise<void> | undefined;
  const pass = () => (passed ??= verdict.then((outcome) => shareReport(root, unpackReport(outcome.transferred))));
  const texts = renderedTexts();
  return {
    rendered: texts.read,
    async start() {
      // Read here as well as in the worker (0.2–0.4 s at 2,000 pages): waiting for the worker's answer instead
      // would put its loading of the whole verification on this thread's path, before content sync.
      const { errors, pageErrors } = await readContent(root);
      if (errors.length || pageErrors.length) await pass();
    },
    plugin: {
      name: "recount:gate",
      buildApp: {
        order: "post",
        async handler() {
          await pass();
          // Every page is bundled now, and none rendered yet.
          const unverified = texts.unverified(sharedReport(root)!);
          // Each error says what to do; `npm run check` reads the pages once, and would not show it.
          if (unverified.length) {
            await writes.idle();
            stop(logger, problemsText(unverified), undefined);
          }
        },
      },
      async buildEnd(error) {
        if (error) await pass();
      },
    },
  };
}

/** Whether the build takes what the cache holds: not with `npm run build -- --no-cache` or `RECOUNT_CACHE=off`. */
export function useCache(): boolean {
  return !process.argv.includes("--no-cache") && cacheEnabled();
}

/** Ends the build with the editor's report; the process's exit removes the output folder. */
function stop(logger: AstroIntegrationLogger, problems: string, closing: string | undefined = hint): never {
  logger.error(closing ? `${problems}\n\nhint: ${closing}` : problems);
  process.exit(1);
}

/** The verification, with the page cache or without. */
function verifyInWorker(root: string, cache: boolean): Promise<GateVerdict> {
  return runLimited<GateVerdict>(new URL("./gate-worker.ts", import.meta.url), root, {
    data: { cache },
    overLimit: (problems) => ({ passed: false, problems, warnings: [] }),
  });
}
