import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../support/astro.ts";
import { runCheck } from "../support/check.ts";

export interface CheckOptions {
  /** The project's package.json, which holds its "recount" settings. */
  readonly manifest?: Record<string, unknown>;
  /** Set in the environment of `npm run check`. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Runs `npm run check` on a throwaway project: the valid base content with
 * `cell` added as the last cell of its page, at line 23.
 */
export async function checkWithCell(cell: string, { manifest = {}, env = {} }: CheckOptions = {}) {
  const root = await mkdtemp(join(tmpdir(), "recount-check-"));
  try {
    await cp(join(projectRoot, "test/fixtures/valid-base"), join(root, "content"), { recursive: true });
    for (const entry of ["node_modules", "tsconfig.json", "src"])
      await symlink(join(projectRoot, entry), join(root, entry));
    await writeFile(join(root, "package.json"), JSON.stringify({ type: "module", ...manifest }));
    const page = join(root, "content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx");
    await writeFile(page, `${await readFile(page, "utf8")}\n\`\`\`ts cell\n${cell}\n\`\`\`\n`);
    return await runCheck(root, env);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
