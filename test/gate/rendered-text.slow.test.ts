import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { astroBuild, fixtureProject, projectRoot } from "../support/astro.ts";

// The real build, with a Vite plugin that changes a page's words before Recount's plugin reads it: the
// verification read the file, the rendering would publish other text. The gate stops the build there.
test("a build whose pages a plugin changes after verification stops at the gate and leaves no output", async () => {
  const root = await fixtureProject(join(projectRoot, "test/fixtures/valid-base"));
  try {
    const config = join(root, "astro.config.mjs");
    const text = await readFile(config, "utf8");
    const rewriting =
      '{ name: "rewrites-pages", enforce: "pre", transform: (code, id) => (id.endsWith(".mdx") ? code.replace("loan facilitation", "loan origination") : undefined) }';
    const changed = text.replace(
      "build: { concurrency: 4 },",
      `build: { concurrency: 4 },\n  vite: { plugins: [${rewriting}] },`,
    );
    expect(changed).not.toBe(text);
    await rm(config);
    await writeFile(config, changed);
    const outDir = join(root, "dist");
    const { code, output } = await astroBuild(root, outDir);
    expect(code, output).not.toBe(0);
    expect(output).toContain(
      "content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:1\nthe page's text that the build read to render it is not the text it verified: the page changed in between",
    );
    expect(existsSync(outDir)).toBe(false);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
