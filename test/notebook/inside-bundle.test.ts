// The bundles of the pages' inside scripts (src/engine/sandbox/scripts.ts, insideBundle) are kept in the
// cache folder `inside`, on even with RECOUNT_CACHE=off, so a kept bundle must never outlive a change to what
// it was made from: each kind of input is changed in turn, in a copy of the project, with the kept bundle
// replaced by a planted one that would show if it were served.
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { cacheFolder } from "#engine/cache/caches.ts";
import { insideBundle } from "#engine/sandbox/scripts.ts";
import { linkModules, projectRoot } from "../support/astro.ts";

let root: string;
let folder: string;
let fresh: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "recount-inside-bundle-"));
  for (const entry of ["src", "package.json", "tsconfig.json"])
    await cp(join(projectRoot, entry), join(root, entry), { recursive: true });
  // Its own cache folder: planted entries must not reach the project's.
  await linkModules(root, new Set([".cache"]));
  folder = join(root, "src/engine/sandbox/inside");
  fresh = await bundle();
});

afterAll(() => rm(root, { recursive: true, force: true }));

const bundle = () => insideBundle("prelude", { root, folder });
const entryPath = () => join(cacheFolder(root, "inside"), "prelude.json");
const planted = "/* a planted bundle */";

/** Replaces the kept bundle's code, and nothing else of its entry. */
async function plant(): Promise<void> {
  const entry = JSON.parse(await readFile(entryPath(), "utf8"));
  await writeFile(entryPath(), JSON.stringify({ ...entry, code: planted }));
}

test("a bundle is kept and served while nothing it was made from changes", async () => {
  expect(fresh).toContain("__recount");
  expect(await bundle()).toBe(fresh);
  await plant();
  expect(await bundle()).toBe(planted);
});

test("a change to the entry script, or to a module of the engine it imports, makes it again", async () => {
  for (const [file, line] of [
    ["src/engine/sandbox/inside/prelude.ts", 'globalThis.__recountBundleMark = "entry changed";'],
    ["src/engine/checks/labels.ts", "// a change that leaves the bundle as it was, but is a change"],
  ] as const) {
    await plant();
    await appendFile(join(root, file), `\n${line}\n`);
    const made = await bundle();
    expect(made, file).not.toBe(planted);
    expect(await bundle()).toBe(made);
  }
  expect(await bundle()).toContain("entry changed");
});

test("a change to the package.json that resolved its imports, or to tsconfig.json, makes it again", async () => {
  for (const file of ["package.json", "tsconfig.json"]) {
    await plant();
    await appendFile(join(root, file), "\n");
    expect(await bundle(), file).not.toBe(planted);
  }
});

test("an entry that is not one made here is not served", async () => {
  await plant();
  const entry = JSON.parse(await readFile(entryPath(), "utf8"));
  await writeFile(entryPath(), JSON.stringify({ ...entry, files: "not a list" }));
  expect(await bundle()).not.toBe(planted);
  await writeFile(entryPath(), "{ half of an entry");
  expect(await bundle()).not.toBe(planted);
});
