import { isMainThread } from "node:worker_threads";

/**
 * Cells run in UTC, so that a date a page prints does not depend on the machine that built it: in New York,
 * `new Date("2024-09-27").getDate()` is 26. The zone is the process's, for Plot's time scales and every
 * `Date` method alike. Setting TZ changes it at once on the main thread; a worker takes the process's zone
 * when it starts and cannot change it, so whatever starts a worker that runs cells calls this first, and in
 * a worker this only makes sure that was done.
 */
export function runInUtc(): void {
  if (isMainThread) {
    if (process.env.TZ !== "UTC") process.env.TZ = "UTC";
    return;
  }
  if (checked) return;
  const zone = new Intl.DateTimeFormat("en-US").resolvedOptions().timeZone;
  if (zone !== "UTC")
    throw new Error(
      `cells would run in the time zone ${zone}, not UTC: call runInUtc() (src/engine/sandbox/time-zone.ts) on the main thread before starting the worker that runs them`,
    );
  checked = true;
}

/** Whether this worker's zone was found to be UTC: it cannot change. */
let checked = false;
