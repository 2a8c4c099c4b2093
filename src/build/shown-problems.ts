import type { AstroIntegrationLogger, AstroLoggerDestination, AstroLoggerMessage } from "astro";
import type { RecountError } from "#engine/diagnostics/recount-error.ts";

const unfiltered = Symbol("the terminal, unfiltered");
type Filtered = AstroLoggerDestination & { [unfiltered]?: AstroLoggerDestination };

/** What the dev verification tells the terminal filter (see `shownProblems`). */
export interface ShownProblems {
  /** A verification has started: errors logged meanwhile wait for what it prints. */
  verifying(): void;
  /** Logs the verification's text, which names `errors`; from now on an error repeating one of them is left out. */
  print(errors: readonly RecountError[], log: () => void): void;
  /** The verification is done: the errors held are printed, but those it printed already. */
  done(): void;
}

/**
 * In `astro dev`, each problem once in the terminal, in the verification's words. The dev verification prints
 * every problem after each change; a page that fails on one of them makes Astro print it again, twice (the
 * error's stack, then its own summary), and Vite may too. This sits between Astro's logger, which Vite's logs
 * pass through too, and the terminal: an error whose text holds the first line of a problem the latest
 * verification printed is left out. While a verification runs, errors wait for its verdict, since a page
 * reloaded after a save fails sooner than the whole content is verified.
 */
export function shownProblems(logger: AstroIntegrationLogger): ShownProblems {
  const { options } = logger;
  // A server restarted on a change to the configuration sets this up again, over the same options.
  const terminal = (options.destination as Filtered)[unfiltered] ?? options.destination;
  let shown: readonly string[] = [];
  let held: AstroLoggerMessage[] | undefined;
  let printing = false;
  const repeats = ({ level, message }: AstroLoggerMessage) =>
    !printing && level === "error" && shown.some((line) => message.includes(line));
  const release = () => {
    const events = held ?? [];
    held = undefined;
    for (const event of events) if (!repeats(event)) terminal.write(event);
  };
  options.destination = {
    [unfiltered]: terminal,
    write(event) {
      if (held && !printing && event.level === "error") held.push(event);
      else if (!repeats(event)) terminal.write(event);
    },
    flush: () => terminal.flush?.(),
    close: () => terminal.close?.(),
  } as Filtered;
  // An error held when the server stops (a crash, Ctrl-C) is printed all the same.
  process.once("exit", release);
  return {
    verifying: () => void (held ??= []),
    print(errors, log) {
      shown = errors.map(({ message }) => message.split("\n")[0]!).filter(Boolean);
      printing = true;
      try {
        log();
      } finally {
        printing = false;
      }
    },
    done: release,
  };
}
