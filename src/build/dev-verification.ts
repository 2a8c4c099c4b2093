import { relative, sep } from "node:path";
import type { AstroIntegrationLogger } from "astro";
import type { Plugin } from "vite";
import { problemsText, type RecountError } from "#engine/diagnostics/recount-error.ts";
import { pageLimits } from "#engine/sandbox/limits.ts";
import { warmSandbox } from "#engine/sandbox/sandbox.ts";
import { reportSummary } from "#engine/verify/report-text.ts";
import { verify } from "#engine/verify/verify.ts";
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
  let warming: Promise<void> | undefined;
  const run = async (): Promise<void> => {
    terminal.verifying();
    do {
      again = false;
      try {
        // The problems found without the type check are printed as soon as they are known (a type check
        // after a save takes a second or more); then any the type check adds, each problem once.
        let early: readonly RecountError[] = [];
        const report = await verify(root, {
          beforeTypes: (errors) => {
            early = errors;
            if (errors.length) terminal.print(errors, () => logger.error(problemsText(errors)));
          },
        });
        const added = report.errors.filter((error) => !early.includes(error));
        if (!early.length || added.length)
          terminal.print(report.errors, () =>
            report.errors.length ? logger.error(problemsText(added)) : logger.info(reportSummary(report)),
          );
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        terminal.print([], () => logger.error(`the verification could not run: ${why}`));
      }
    } while (again);
    terminal.done();
    // The first run finds most pages in the page cache and starts no runner: the first save must not wait for one.
    warming ??= warmSandbox(pageLimits(root)).catch(() => {});
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
