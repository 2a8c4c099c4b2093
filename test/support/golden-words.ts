import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { projectRoot } from "./astro.ts";

/**
 * An error whose words a golden case pins (test/fixtures/invalid/<golden>/expected.txt, which the bad-input
 * corpus runs through `npm run check`): here only where it points and what it is about, so that its words
 * have one home, and the golden case must be there.
 */
export function expectError(
  message: string,
  { at, about, golden }: { at: string; about: string; golden: string },
): void {
  const [where, problem] = message.split("\n");
  expect(where, golden).toBe(at);
  expect(problem, golden).toContain(about);
  expect(
    existsSync(join(projectRoot, "test/fixtures/invalid", golden, "expected.txt")),
    `${golden} has no golden`,
  ).toBe(true);
}
