import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, test } from "vitest";
import { projectRoot } from "../support/astro.ts";

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

test(
  "a page that allocates without end stops `npm run check` at its cell, within the project's memory limit",
  { timeout: 120_000 },
  async () => {
    const root = await mkdtemp(join(tmpdir(), "recount-memory-"));
    folders.push(root);
    await cp(join(projectRoot, "test/fixtures/valid-base"), join(root, "content"), { recursive: true });
    for (const entry of ["node_modules", "tsconfig.json", "src"])
      await symlink(join(projectRoot, entry), join(root, entry));
    await writeFile(join(root, "package.json"), JSON.stringify({ type: "module", recount: { cellMemory: 96 } }));
    const page = join(root, "content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx");
    await writeFile(
      page,
      `${await readFile(page, "utf8")}\n\`\`\`ts cell\nconst chunks: number[][] = [];\nwhile (true) chunks.push(new Array(1_000_000).fill(1));\n\`\`\`\n`,
    );
    const { code, output } = await promisify(execFile)(process.execPath, ["src/cli/check.ts"], { cwd: root }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
    expect(code).toBe(1);
    expect(output).toContain(
      "content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23\nthe page used more than its memory limit of 96 MB: this cell was running",
    );
    expect(output).not.toContain("FATAL ERROR");
  },
);
