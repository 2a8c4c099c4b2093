import { defineConfig } from "vitest/config";
import { patience } from "./test/support/patience.ts";
import { testEnv } from "./test/support/test-env.ts";

/**
 * The browser suite (`npm run test:browser`): Chromium against the built site. Its files end in
 * `.browser.ts` so that `npm test`, which has no browser, leaves them out.
 */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.ts"],
    // The site is built once, then served for every file.
    globalSetup: ["test/browser/global-setup.ts"],
    // A verdict never depends on how loaded the machine is: the CI job's limit, as in npm test.
    env: testEnv,
    testTimeout: patience,
    hookTimeout: patience,
    // Two files at a time: a file mostly waits on Chromium's own processes, so two keep both cores busy
    // (Vitest's default here is one). The longest work, every page through axe, is split by colour scheme.
    maxWorkers: 2,
  },
});
