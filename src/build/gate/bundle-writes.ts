import type { Plugin } from "vite";

/**
 * The bundler writes its output files on threads of its own, between its `generateBundle` and `writeBundle`
 * hooks, while this thread goes on. A build that exits in between removes its output folder (failed-build.ts)
 * and the bundler then writes into it again: seen as `dist/.prerender/` left by a build that failed. `idle()`
 * waits for the writes in progress, in every environment; a write that fails ends at `closeBundle`.
 */
export function bundleWrites(): { plugin: Plugin; idle(): Promise<void> } {
  const writing = new Set<string>();
  let waiting: (() => void)[] = [];
  const ended = (environment: string) => {
    writing.delete(environment);
    if (writing.size) return;
    for (const resume of waiting) resume();
    waiting = [];
  };
  return {
    plugin: {
      name: "recount:bundle-writes",
      // Last of the hooks before the files are written, and last of those after: other plugins' writeBundle
      // handlers may write files too.
      generateBundle: {
        order: "post",
        handler(_options, _bundle, isWrite) {
          if (isWrite) writing.add(this.environment.name);
        },
      },
      writeBundle: {
        order: "post",
        handler() {
          ended(this.environment.name);
        },
      },
      closeBundle() {
        ended(this.environment.name);
      },
    },
    idle: () => (writing.size ? new Promise((resume) => waiting.push(resume)) : Promise.resolve()),
  };
}
