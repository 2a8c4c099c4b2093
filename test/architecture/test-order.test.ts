import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { projectRoot } from "../support/astro.ts";
import { longestFiles } from "../support/longest-first.ts";

test("the files the suites start first are test files of the project", () => {
  for (const file of longestFiles) {
    expect(file).toMatch(/\.(?:test|integration|browser)\.ts$/);
    expect(existsSync(join(projectRoot, file)), `${file} (test/support/longest-first.ts)`).toBe(true);
  }
});
