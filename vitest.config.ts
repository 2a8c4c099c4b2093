import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the cores, one here: two took the clean-clone CI's
    // npm test from 642 to 592 s (BENCHMARKS.md).
    maxWorkers: 2,
  },
});
