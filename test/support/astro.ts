import { spawn } from "node:child_process";
import { mkdtemp, symlink, cp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "../..");
const astroBin = join(projectRoot, "node_modules/astro/bin/astro.mjs");

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/**
 * Vitest sets Vite's own `import.meta.env` values (BASE_URL among them) in the environment; a build
 * started from a test must not inherit them, or they override the project's configured `base`.
 */
function buildEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR"]) delete inherited[name];
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1", ...env };
}

/** Runs the real `astro build` of `root` into `outDir`, on the Node that runs the tests (Node 24). */
export function astroBuild(root: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astroBin, "build", "--outDir", outDir], {
      cwd: root,
      env: buildEnvironment(env),
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? 1, output, outDir }));
  });
}

/**
 * A throwaway copy of the project whose `content/` is the given folder: dependencies and configuration
 * are linked, the code and the content copied, so fixture builds never touch the project's own content
 * or caches and can run side by side. `src/` is copied because Vite follows links to their real path:
 * a linked `src/` builds pages that lose their stylesheets and bundled scripts.
 */
export async function fixtureProject(content: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "recount-fixture-"));
  for (const entry of ["public", "node_modules", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    await symlink(join(projectRoot, entry), join(root, entry));
  }
  await cp(join(projectRoot, "src"), join(root, "src"), { recursive: true });
  await cp(content, join(root, "content"), { recursive: true });
  return root;
}

/** Builds a fixture project made from `content` and removes it afterwards. */
export async function buildFixture(content: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const root = await fixtureProject(content);
  try {
    return await astroBuild(root, join(root, "dist"), env);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
