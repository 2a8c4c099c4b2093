import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The test files that take longest, longest first (BENCHMARKS.md, per-file times of `npm test` and of `npm run
 * test:integration`). Each holds one or two workers for minutes: started last, they end alone while the other
 * worker idles.
 */
export const longestFiles = [
  "test/invalid/invalid.slow.test.ts",
  "test/bench/bench.integration.ts",
  "test/mutation/mutation.integration.ts",
  "test/editor/dev.integration.ts",
  "test/editor/workflow.slow.test.ts",
  "test/static/reproducible.slow.test.ts",
  "test/browser/pages-light.browser.ts",
  "test/browser/pages-dark.browser.ts",
];

/**
 * Vitest's order, the files above first. Vitest starts the files it has timed longest first; a fresh clone
 * (CI's) has no times, and Vitest then starts the largest files first, which are not the longest: of 100
 * files, the longest started 47th and the next 86th.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = longestFiles.indexOf(relative(file.project.config.root, file.moduleId));
      return index < 0 ? longestFiles.length : index;
    };
    // Array.prototype.sort is stable: the other files keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
