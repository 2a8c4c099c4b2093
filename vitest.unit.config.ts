import { defineConfig } from "vitest/config";
import { patience } from "./test/support/patience.ts";
import { testEnv } from "./test/support/test-env.ts";

/**
 * The fast loop (`npm run test:unit`): every test that needs no built site. A test file that reads the site
 * test/support/global-setup.ts builds, or builds or verifies whole projects of its own, is named
 * `*.slow.test.ts`; this loop leaves those out, and `npm test` runs them all.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.slow.test.ts"],
    env: testEnv,
    testTimeout: patience,
    hookTimeout: patience,
    // Test files share a worker's modules instead of importing src/ afresh each (measured: 100 s → 53 s on
    // the shared 2-core machine at load 5, most of it imports). `npm test` runs the same files isolated, so a
    // test that passes only on state another file left behind still fails there.
    isolate: false,
    // …and each file starts from nothing kept by the files before it (src/engine/state/state.ts).
    setupFiles: ["test/support/reset-state.ts"],
    // Vitest's default is one worker fewer than the cores: one worker on this 2-core machine.
    maxWorkers: 2,
  },
});
