import { existsSync, readdirSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { astroBuild, linkedProject, projectRoot } from "../support/astro.ts";
import { runCheck } from "../support/check.ts";
import { readContent } from "#engine/verify/read-content.ts";
import { passedMark } from "#engine/verify/report-text.ts";
import { isolatedProject } from "../static/isolated-project.ts";

export const invalidCases = join(projectRoot, "test/fixtures/invalid");
export const validBase = join(projectRoot, "test/fixtures/valid-base");

/**
 * What a case changes in the valid base content (paths relative to the content folder): text replaced
 * (each `replace` must occur exactly once, so an edit cannot silently miss), text appended, files removed.
 * Files under the case's `content/` folder are laid over the base as they are.
 */
interface CaseFile {
  readonly edits?: readonly ({ readonly file: string } & (
    { readonly replace: string; readonly with: string } | { readonly append: string }
  ))[];
  readonly remove?: readonly string[];
}

/** The names of the cases: one folder each. */
export async function caseNames(): Promise<string[]> {
  return (await readdir(invalidCases, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => name)
    .sort();
}

/** Writes the valid base content with a case's changes made into `into`. */
export async function caseContent(name: string, into: string): Promise<void> {
  const folder = join(invalidCases, name);
  await cp(validBase, into, { recursive: true });
  if (existsSync(join(folder, "content"))) await cp(join(folder, "content"), into, { recursive: true });
  const { edits = [], remove = [] } = (parse(await readFile(join(folder, "case.yaml"), "utf8")) ?? {}) as CaseFile;
  for (const edit of edits) {
    const file = join(into, edit.file);
    const text = await readFile(file, "utf8");
    if ("append" in edit) {
      await writeFile(file, text + edit.append);
      continue;
    }
    const count = text.split(edit.replace).length - 1;
    if (count !== 1)
      throw new Error(`${name}/case.yaml: "${edit.replace}" occurs ${count} times in ${edit.file}, not once`);
    await writeFile(
      file,
      text.replace(edit.replace, () => edit.with),
    );
  }
  for (const file of remove) await rm(join(into, file), { recursive: true });
}

export interface Run {
  readonly code: number;
  /** stdout and stderr, without colours, the project's temporary folder written <root>. */
  readonly output: string;
}

export interface Outcome {
  /** `npm run check`, as CI runs it: src/tools/cli/check.ts at the project root. */
  readonly check: Run;
  /** The real `astro build`, for the cases that need one (see `buildsFor`), `undefined` for the rest. */
  readonly build:
    | (Run & {
        /** What is in the output folder after the build, `undefined` when it has none. */
        readonly left: readonly string[] | undefined;
      })
    | undefined;
}

/**
 * Which cases the real build runs for. The build learns of a problem by one of two routes (gate.ts): reading
 * the content, where Astro's own readers (content collections, the MDX compiler) could stop first with a
 * message of their own; or the verification's verdict, the same report `npm run check` prints, from the same
 * code. So the build runs for every case of the first route, for every case that passes with warnings (a
 * passing build must print them), and for the first case of the second route, by name: building the other
 * sixty-odd would take half of `npm test` to pass one path again.
 */
export function buildsFor(
  names: readonly string[],
  readFinds: ReadonlyMap<string, boolean>,
  warns: (name: string) => boolean,
) {
  const verdict = names.find((name) => !readFinds.get(name) && !warns(name));
  return (name: string) => readFinds.get(name) === true || warns(name) || name === verdict;
}

/** Whether reading the case's content (what the build's gate does before anything else) finds its problem. */
export async function readFinds(name: string): Promise<boolean> {
  const root = await mkdtemp(join(tmpdir(), "recount-case-read-"));
  try {
    await caseContent(name, join(root, "content"));
    const { errors, pageErrors } = await readContent(root);
    return errors.length + pageErrors.length > 0;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Runs `npm run check` and, when `build` says so, `astro build` on a throwaway project whose content is the
 * base with the case's changes. The project starts with a `dist/` from an earlier build, so a build that
 * fails but leaves its output folder behind is caught.
 */
export async function runCase(name: string, build: boolean): Promise<Outcome> {
  const content = await mkdtemp(join(tmpdir(), "recount-case-"));
  await caseContent(name, content);
  // A check reads no cache of Astro's or Vite's and writes only the shared ones: a build needs a project of its own.
  const root = build ? await isolatedProject(content) : await linkedProject(content);
  try {
    const run = await runCheck(root, { NO_COLOR: "1" });
    const check = { ...run, output: clean(run.output, root) };
    if (!build) return { check, build: undefined };
    const outDir = join(root, "dist");
    await mkdir(outDir);
    await writeFile(join(outDir, "index.html"), "<!doctype html><title>an earlier build</title>");
    const { code, output } = await astroBuild(root, outDir);
    const left = existsSync(outDir) ? readdirSync(outDir, { recursive: true, encoding: "utf8" }).sort() : undefined;
    return { check, build: { code, output: clean(output, root), left } };
  } finally {
    await Promise.all([content, root].map((folder) => rm(folder, { recursive: true, force: true })));
  }
}

function clean(output: string, root: string): string {
  return output.replace(/\x1b\[[0-9;]*m/g, "").replaceAll(root, "<root>");
}

/** What an editor is told is wrong: the report's problems, from their count to the last hint (before what passed). */
export function problems(output: string): string {
  const start = output.search(/^\d+ problems? found in the content:$/m);
  if (start < 0) throw new Error(`no problems reported in:\n${output}`);
  const rest = output.slice(start);
  const end = rest.search(new RegExp(`\n\n(?=warning: |${passedMark})`));
  return rest.slice(0, end < 0 ? undefined : end).trimEnd();
}

/** Runs tasks at most `concurrency` at a time, in the order they are asked for. */
export function limit(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < concurrency) running++;
    else await new Promise<void>((start) => waiting.push(start));
    try {
      return await task();
    } finally {
      // A finished task hands its place to the next one waiting.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
