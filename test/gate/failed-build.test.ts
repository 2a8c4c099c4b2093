import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, test } from "vitest";

const module = fileURLToPath(new URL("../../src/build/gate/failed-build.ts", import.meta.url));
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** Runs a process that guards a fresh output folder, then ends as `ending` says; whether the folder is left. */
async function outputLeft(ending: string): Promise<boolean> {
  const folder = await mkdtemp(join(tmpdir(), "recount-failed-build-"));
  folders.push(folder);
  const outDir = join(folder, "dist");
  const script = join(folder, "build.ts");
  await writeFile(
    script,
    `import { mkdirSync, writeFileSync } from "node:fs";\nimport { removeOutputUnlessDone } from ${JSON.stringify(module)};\nmkdirSync(${JSON.stringify(outDir)});\nwriteFileSync(${JSON.stringify(join(outDir, "index.html"))}, "partial");\nconst output = removeOutputUnlessDone(${JSON.stringify(outDir)});\n${ending}\n`,
  );
  await new Promise<void>((resolve) => execFile(process.execPath, [script], () => resolve()));
  return existsSync(outDir);
}

test("a build that succeeds keeps its output", async () => {
  expect(await outputLeft("output.done();")).toBe(true);
});

test.each([
  ["a thrown exception", 'throw new Error("render failed");'],
  ["an exit without success", "process.exit(3);"],
  ["a failure after the build was marked done", "output.done(); process.exitCode = 1;"],
  ["a signal", 'process.kill(process.pid, "SIGTERM"); setTimeout(() => {}, 5_000);'],
  ["an end without the build done", ""],
])("%s leaves no output folder", async (_, ending) => {
  expect(await outputLeft(ending)).toBe(false);
});
