import { Worker } from "node:worker_threads";
import { problemsText, type Location } from "#engine/diagnostics/recount-error.ts";
import { outOfMemory, pageLimits } from "#engine/sandbox/limits.ts";
import { runInUtc } from "#engine/sandbox/time-zone.ts";
import { compileCacheEnv } from "#engine/cache/caches.ts";

/** What a limited worker posts: where it is (see `verify`'s `onCell`), then its one result. */
export type LimitedMessage<T> = { readonly running: Location } | { readonly result: T };

/**
 * Runs a verification worker within the project's memory limit (see sandbox/limits.ts), so that a page
 * that allocates without end stops with an error at the cell that was running, not with V8's fatal error.
 * The limit is the worker's heap: the engine's data and the page running; each page's context is garbage
 * once the page is done. A page over the limit ends the worker without a result: `overLimit` makes the
 * caller's result from the report of that page's error.
 */
export function runLimited<T>(
  entry: URL,
  root: string,
  { data = {}, overLimit }: { data?: Readonly<Record<string, unknown>>; overLimit: (problems: string) => T },
): Promise<T> {
  const { memory } = pageLimits(root);
  runInUtc();
  return new Promise((resolve, reject) => {
    let running: Location | undefined;
    const worker = new Worker(entry, {
      workerData: { ...data, root },
      env: compileCacheEnv(root),
      resourceLimits: { maxOldGenerationSizeMb: memory },
    });
    worker.on("message", (message: LimitedMessage<T>) => {
      if ("running" in message) running = message.running;
      else resolve(message.result);
    });
    worker.once("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY" && running)
        resolve(overLimit(problemsText([outOfMemory(running, memory)])));
      else reject(error);
    });
    worker.once("exit", (code) =>
      reject(new Error(`the verification worker stopped (exit code ${code}) without a verdict`)),
    );
  });
}
