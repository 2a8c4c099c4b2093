import { rmSync } from "node:fs";

/**
 * A build that ends any way but in success leaves no output folder that could be deployed: a failed
 * verification, a crashed worker, a page that fails to render, a thrown exception anywhere, or the build
 * stopped by a signal. The folder goes as the process ends, unless the build was marked done and the
 * process ends in success: a step after the mark can still fail.
 */
export function removeOutputUnlessDone(outDir: URL | string): { done(): void } {
  let done = false;
  const remove = (code: number) => {
    if (!done || code !== 0) rmSync(outDir, { recursive: true, force: true });
  };
  process.once("exit", remove);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      remove(1);
      // Then end as the signal would have ended the process.
      process.kill(process.pid, signal);
    });
  }
  return { done: () => void (done = true) };
}
