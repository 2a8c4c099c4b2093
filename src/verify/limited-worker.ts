import { Worker } from "node:worker_threads";
import { RecountError, type Location } from "../diagnostics/recount-error.ts";
import { pageLimits } from "../sandbox/limits.ts";

/** What a limited worker posts: where it is (see `verify`'s `onCell`), then its one result. */
export type LimitedMessage<T> = { readonly running: Location } | { readonly result: T };

/**
 * Runs a verification worker within the project's memory limit (see sandbox/limits.ts), so that a page
 * that allocates without end stops with an error at the cell that was running, not with V8's fatal error.
 * The limit is the worker's heap: the engine's data and the page running; each page's context is garbage
 * once the page is done.
 */
export function runLimited<T>(entry: URL, root: string, data: Readonly<Record<string, unknown>> = {}): Promise<T> {
  const { memory } = pageLimits(root);
  return new Promise((resolve, reject) => {
    let running: Location | undefined;
    const worker = new Worker(entry, {
      workerData: { ...data, root },
      resourceLimits: { maxOldGenerationSizeMb: memory },
    });
    worker.on("message", (message: LimitedMessage<T>) => {
      if ("running" in message) running = message.running;
      else resolve(message.result);
    });
    worker.once("error", (error: Error & { code?: string }) =>
      reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" && running ? outOfMemory(running, memory) : error),
    );
    worker.once("exit", (code) =>
      reject(new Error(`the verification worker stopped (exit code ${code}) without a verdict`)),
    );
  });
}

function outOfMemory(at: Location, memory: number): RecountError {
  return new RecountError(`the page used more than its memory limit of ${memory} MB: this cell was running`, {
    location: at,
    hint: `look in this cell for data that grows without end (a loop pushing into an array, a string doubling); if the page needs more, raise "cellMemory" (megabytes) in the "recount" field of package.json`,
  });
}
