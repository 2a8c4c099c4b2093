import { defineConfig } from "vitest/config";
import LongestFirst from "./test/support/longest-first.ts";
import { patience } from "./test/support/patience.ts";
import { testEnv } from "./test/support/test-env.ts";

/**
 * `npm test`: every test, the slow ones (`*.slow.test.ts`, see vitest.unit.config.ts) with the site
 * test/support/global-setup.ts builds once for them all.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    env: testEnv,
    testTimeout: patience,
    hookTimeout: patience,
    // Vitest's default is one worker fewer than the cores, one here: two took the clean-clone CI's
    // npm test from 642 to 592 s (BENCHMARKS.md).
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
