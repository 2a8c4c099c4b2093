import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, expect, test } from "vitest";
import { bundleWrites } from "#build/gate/bundle-writes.ts";

const folder = await mkdtemp(join(tmpdir(), "recount-bundle-writes-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

const files = (outDir: string) =>
  existsSync(outDir) ? readdirSync(outDir, { recursive: true, encoding: "utf8" }).sort() : [];

test("idle() waits until the bundler has written every file", async () => {
  // Enough files that writing them takes the bundler's threads a while after its last hook.
  const input: Record<string, string> = {};
  for (let index = 0; index < 200; index++) {
    const file = join(folder, `entry-${index}.js`);
    await writeFile(file, `export const value${index} = ${JSON.stringify("x".repeat(2_000))};\n`);
    input[`entry-${index}`] = file;
  }
  const outDir = join(folder, "dist");
  const writes = bundleWrites();
  let seen: Promise<string[]> | undefined;
  await build({
    root: folder,
    configFile: false,
    logLevel: "silent",
    build: { outDir, minify: false, rolldownOptions: { input } },
    plugins: [
      writes.plugin,
      {
        name: "probe",
        // The moment a failed verdict could arrive: after the last hook, before the files are written.
        generateBundle: { order: "post", handler: () => void (seen = writes.idle().then(() => files(outDir))) },
      },
    ],
  });
  expect(seen).toBeDefined();
  expect(await seen).toEqual(files(outDir));
  expect(files(outDir).filter((file) => file.endsWith(".js"))).toHaveLength(200);
});
