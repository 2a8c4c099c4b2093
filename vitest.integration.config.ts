import { defineConfig } from "vitest/config";
import LongestFirst from "./test/support/longest-first.ts";
import { patience } from "./test/support/patience.ts";
import { testEnv } from "./test/support/test-env.ts";

/**
 * The integration suite (`npm run test:integration`), CI's second step: Chromium against the built site (files
 * ending `.browser.ts`), and the whole-project runs that took half of `npm test`'s time (`.integration.ts`: the
 * bench at tiny sizes, the mutation test, the dev server's). Neither name ends `.test.ts`, so `npm test` leaves them out.
 */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.ts", "test/**/*.integration.ts"],
    // The site is built once (or taken from `npm test`), then served for every file.
    globalSetup: ["test/browser/global-setup.ts"],
    // A verdict never depends on how loaded the machine is: the CI job's limit, as in npm test.
    env: testEnv,
    testTimeout: patience,
    hookTimeout: patience,
    // Two files at a time: a browser file mostly waits on Chromium's own processes, so two keep both cores busy
    // (Vitest's default here is one). The longest work, every page through axe, is split by colour scheme; the
    // bench and the mutation test start first, so that they run beside the browser files rather than alone after them.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
