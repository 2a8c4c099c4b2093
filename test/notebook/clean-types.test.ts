import { mkdtemp, rm, writeFile } from "node:fs/promises";
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

test("a digest tells apart parts that join to the same text", () => {
  expect(digest(["ab", "c"])).not.toBe(digest(["a", "bc"]));
  expect(digest(["ab", "c"])).toBe(digest(["ab", "c"]));
});
