import type { AstroIntegrationLogger, AstroLoggerMessage } from "astro";
import { describe, expect, test } from "vitest";
import { shownProblems } from "#build/shown-problems.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";

/** A logger whose terminal is a list, as Astro's integration loggers and its own share one destination. */
function terminal() {
  const written: string[] = [];
  const options = { level: "info", destination: { write: ({ message }: AstroLoggerMessage) => written.push(message) } };
  const log = (level: AstroLoggerMessage["level"], message: string) =>
    options.destination.write({ label: null, level, message, newLine: true });
  return { logger: { options } as unknown as AstroIntegrationLogger, log, written };
}

const problem = new RecountError("check failed: 2023: net provisions [net-provisions.2023]\n  computed  5,608", {
  location: { file: "content/filings/demo/pages/a.mdx", line: 3 },
});
// As Astro prints a page's error: its stack, then its summary.
const astroLogs = [`RecountError: ${problem.message}\n    at /p/a.mdx:3:1`, `${problem.message}\n  Hint:\n    …`];

describe("each problem once in the dev terminal", () => {
  test("a page's error that repeats a problem the verification printed is left out; other logs pass", () => {
    const { logger, log, written } = terminal();
    const shown = shownProblems(logger);
    shown.print([problem], () => log("error", `1 problem found in the content:\n\n${problem.format()}`));
    for (const text of astroLogs) log("error", text);
    log("error", "another error");
    log("info", `quoting ${problem.message}`);
    expect(written).toEqual([
      `1 problem found in the content:\n\n${problem.format()}`,
      "another error",
      `quoting ${problem.message}`,
    ]);
  });

  test("errors logged while a verification runs wait for it, and only those it did not print are printed", () => {
    const { logger, log, written } = terminal();
    const shown = shownProblems(logger);
    shown.verifying();
    for (const text of astroLogs) log("error", text);
    log("error", "another error");
    log("info", "ready");
    expect(written).toEqual(["ready"]);
    shown.print([problem], () => log("error", "the verification's text"));
    shown.done();
    expect(written).toEqual(["ready", "the verification's text", "another error"]);
  });

  test("a problem fixed is printed again by the next page that fails on it", () => {
    const { logger, log, written } = terminal();
    const shown = shownProblems(logger);
    shown.print([problem], () => {});
    shown.print([], () => log("info", "All verified"));
    log("error", astroLogs[0]!);
    expect(written).toEqual(["All verified", astroLogs[0]]);
  });

  test("set up again on the same logger, as a restarted server does, it filters once", () => {
    const { logger, log, written } = terminal();
    shownProblems(logger).verifying();
    shownProblems(logger).print([problem], () => {});
    log("error", "another error");
    expect(written).toEqual(["another error"]);
  });
});
