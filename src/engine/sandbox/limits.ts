import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Location, RecountError } from "#engine/diagnostics/recount-error.ts";
import { kept } from "#engine/state/state.ts";

/** What one page may use: the CPU time its cells take, awaits included, and memory. */
export interface PageLimits {
  /** Milliseconds of CPU time (not wall-clock time, so that a busy machine does not fail a correct page). */
  readonly timeout: number;
  /** Megabytes of the page's heap (and of the heap of the worker thread that verifies a filing's pages). */
  readonly memory: number;
}

/** Far above what a page of cells needs (the QFIN pages run in milliseconds), far below a hang. */
export const defaultLimits: PageLimits = { timeout: 5_000, memory: 512 };

const read = kept("each project's page limits", () => new Map<string, PageLimits>());

/**
 * The project's limits: the defaults, unless package.json's "recount" field sets "cellTimeout" or
 * "cellMemory". One place, read by `npm run check`, the build and `astro dev` alike.
 */
export function pageLimits(root: string): PageLimits {
  let limits = read.get().get(root);
  if (!limits) {
    const manifest = join(root, "package.json");
    const { recount = {} } = (existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")) : {}) as {
      recount?: { cellTimeout?: unknown; cellMemory?: unknown };
    };
    const positive = (value: unknown, name: string, fallback: number) => {
      if (value === undefined) return fallback;
      if (typeof value === "number" && value > 0 && Number.isFinite(value)) return value;
      throw new Error(`package.json: "recount.${name}" must be a positive number, not ${JSON.stringify(value)}`);
    };
    limits = {
      timeout: positive(recount.cellTimeout, "cellTimeout", defaultLimits.timeout),
      memory: positive(recount.cellMemory, "cellMemory", defaultLimits.memory),
    };
    read.get().set(root, limits);
  }
  return limits;
}

/** A page over its memory limit, at the cell that was running: one message, whichever limit caught it. */
export function outOfMemory(at: Location, memory: number): RecountError {
  return new RecountError(`the page used more than its memory limit of ${memory} MB: this cell was running`, {
    location: at,
    hint: `look in this cell for data that grows without end (a loop pushing into an array, a string doubling); if the page needs more, raise "cellMemory" (megabytes) in the "recount" field of package.json`,
  });
}
