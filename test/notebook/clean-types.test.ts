import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { digest, isKnownClean, rememberClean } from "#engine/notebook/clean-types.ts";

test("a clean check is known by its key and by the content of the files it read", async () => {
  const root = await mkdtemp(join(tmpdir(), "recount-clean-types-"));
  try {
    const [read, deleted] = [join(root, "read.ts"), join(root, "deleted.ts")];
    await writeFile(read, "export const rate = 1;\n");
    await writeFile(deleted, "export {};\n");
    expect(await isKnownClean(root, "pages")).toBe(false);
    await rememberClean(root, "pages", [read]);
    expect(await isKnownClean(root, "pages")).toBe(true);
    expect(await isKnownClean(root, "other pages")).toBe(false);
    await writeFile(read, "export const rate = 2;\n");
    expect(await isKnownClean(root, "pages")).toBe(false);
    await rememberClean(root, "pages", [read, deleted]);
    await rm(deleted);
    expect(await isKnownClean(root, "pages")).toBe(false);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("a clean check made in one project is served to another only while its files there are the same", async () => {
  const [first, second] = [
    await mkdtemp(join(tmpdir(), "recount-clean-a-")),
    await mkdtemp(join(tmpdir(), "recount-clean-b-")),
  ];
  // Both projects keep their records in one folder, as the tests' throwaway projects share the project's.
  await symlink(join(first, "node_modules"), join(second, "node_modules"));
  try {
    for (const root of [first, second]) await writeFile(join(root, "cells.ts"), "export const rate = 1;\n");
    await rememberClean(first, "pages", [join(first, "cells.ts")]);
    expect(await isKnownClean(second, "pages")).toBe(true);
    await writeFile(join(second, "cells.ts"), "export const rate = 2;\n");
    expect(await isKnownClean(second, "pages")).toBe(false);
    expect(await isKnownClean(first, "pages")).toBe(true);
  } finally {
    for (const root of [first, second]) await rm(root, { recursive: true, force: true });
  }
});

test("a digest tells apart parts that join to the same text", () => {
  expect(digest(["ab", "c"])).not.toBe(digest(["a", "bc"]));
  expect(digest(["ab", "c"])).toBe(digest(["ab", "c"]));
});
