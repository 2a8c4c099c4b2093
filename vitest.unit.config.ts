import { defineConfig } from "vitest/config";

/**
 * The fast loop (`npm run test:unit`): every test that needs no built site. It has no global set-up, so
 * nothing is built before the first test runs; `npm test` runs these and the rest.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      // These read the site built by test/support/global-setup.ts, or build projects of their own.
      "test/site/{budgets,build,feeds,links,navigation,qfin,quotations,search,seo}.test.ts",
      "test/static/**",
      "test/editor/{workflow,dev}.test.ts",
      "test/invalid/**",
      "test/verify/type-errors.test.ts",
    ],
    testTimeout: 60_000,
    // Test files share a worker's modules instead of importing src/ afresh each (measured: 100 s → 53 s on
    // the shared 2-core machine at load 5, most of it imports). `npm test` runs the same files isolated, so a
    // test that passes only on state another file left behind still fails there.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: one worker on this 2-core machine.
    maxWorkers: 2,
  },
});
