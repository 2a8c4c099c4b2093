import { relative, sep } from "node:path";
import type { AstroIntegrationLogger } from "astro";
import type { Plugin } from "vite";
import { reportSummary } from "#engine/verify/report-text.ts";
import { formatErrors, verify } from "#engine/verify/verify.ts";
import { shownProblems } from "./shown-problems.ts";

/**
 * In `astro dev`, the verification `npm run check` runs, at start and after each change to the content:
 * its one-line summary, and the problems in full when there are any. Pages show a failing check in the
 * overlay only when opened; this says in the terminal that something is broken, wherever it is, and is the one
 * place that says it (see shown-problems.ts).
 */
export function devVerification({ root, logger }: { root: string; logger: AstroIntegrationLogger }): Plugin {
  // Pages that fail on a problem printed here would print it again.
  const terminal = shownProblems(logger);
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    terminal.verifying();
    do {
      again = false;
      try {
        const report = await verify(root);
        terminal.print(report.errors, () =>
          report.errors.length ? logger.error(formatErrors(report)) : logger.info(reportSummary(report)),
        );
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        terminal.print([], () => logger.error(`the verification could not run: ${why}`));
      }
    } while (again);
    terminal.done();
  };
  // One run at a time; changes saved during a run start one more after it, not one each.
  const schedule = () => {
    if (running) again = true;
    else running = run().finally(() => (running = undefined));
  };
  return {
    name: "recount:dev-verification",
    apply: "serve",
    configureServer(server) {
      schedule();
      server.watcher.on("all", (_event, file) => {
        if (relative(root, file).startsWith(`content${sep}`)) schedule();
      });
    },
  };
}
