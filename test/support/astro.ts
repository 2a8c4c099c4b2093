import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, symlink, cp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { testEnv } from "./test-env.ts";

export const projectRoot = resolve(import.meta.dirname, "../..");
const astroBin = join(projectRoot, "node_modules/astro/bin/astro.mjs");

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/**
 * Vitest sets Vite's own `import.meta.env` values (BASE_URL among them) in the environment; a build
 * started from a test must not inherit them, or they override the project's configured `base`. The tests'
 * own environment (test-env.ts) is given here too, for builds started by the global setup, outside any test.
 */
function buildEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR"]) delete inherited[name];
  return { ...testEnv, ...inherited, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1", ...env };
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
  const root = await linkedProject(content, projectEntries);
  await cp(join(projectRoot, "src"), join(root, "src"), { recursive: true });
  return root;
}

// README.md too: the guide page is its section "Adding a filing" (src/pages/guide.mdx).
const projectEntries = ["public", "node_modules", "astro.config.mjs", "package.json", "tsconfig.json", "README.md"];

/**
 * A throwaway project whose `content/` is a copy of the given folder and whose every other entry (`src/` among
 * them, unless left out) links the project's: enough for `npm run check`, which reads the content and runs the
 * code where it lies. Made in milliseconds, where copying `src/` and linking each package took 0.5–0.7 s of
 * the file system's time, a hundred times over in the bad-input corpus.
 */
export async function linkedProject(
  content: string,
  entries: readonly string[] = [...projectEntries, "src"],
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "recount-fixture-"));
  for (const entry of entries) await symlink(join(projectRoot, entry), join(root, entry));
  await cp(content, join(root, "content"), { recursive: true });
  return root;
}

/**
 * Makes `root/node_modules` a folder of links to each of the project's packages, but not to the caches kept
 * among them that `leaveOut` names (".astro", ".vite", ".cache"): those start empty in `root`.
 */
export async function linkModules(root: string, leaveOut: ReadonlySet<string>): Promise<void> {
  const modules = join(root, "node_modules");
  await rm(modules, { force: true }); // the link fixtureProject made, if any; never what it points to
  await mkdir(modules);
  for (const name of await readdir(join(projectRoot, "node_modules"))) {
    if (!leaveOut.has(name)) await symlink(join(projectRoot, "node_modules", name), join(modules, name));
  }
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
