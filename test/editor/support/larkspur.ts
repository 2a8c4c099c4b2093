import { spawn } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { fixtureProject, projectRoot } from "../../support/astro.ts";
import { confirmAll } from "./confirm.ts";
import type { Entry } from "./confirm.ts";
import { guideSnippets } from "./snippets.ts";

/** The practice filing the guide adds, from test/fixtures/new-filing/. */
export const larkspur = "larkspur-2025-03-12";
export const larkspurDir = `content/filings/${larkspur}`;

export interface Run {
  readonly code: number;
  readonly output: string;
}

/** The project's scripts a guide command may name, as the Node commands npm runs for them. */
const scripts: Record<string, string> = {
  "new:filing": "src/tools/cli/new-filing.ts",
  check: "src/tools/cli/check.ts",
};

/**
 * Runs a command of the guide (`npm run <script> -- <args>`) in `root`, on the Node running the tests,
 * with the project's code at `code`: the fixture project's own copy unless said otherwise; `env` is added to
 * the tests' environment.
 */
export function runCommand(
  root: string,
  command: string,
  { code = root, env = {} }: { code?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  const [npm, run, script, ...rest] = command.trim().split(/\s+/);
  if (npm !== "npm" || run !== "run" || !scripts[script!])
    throw new Error(`not a command the tests can run: ${command}`);
  const args = rest[0] === "--" ? rest.slice(1) : rest;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(code, scripts[script!]!), ...args], {
      cwd: root,
      env: { ...process.env, INIT_CWD: root, NO_COLOR: "1", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}

/** A fixture project with the project's own content and the practice source text, at the path the guide gives. */
export async function practiceProject(): Promise<string> {
  const root = await fixtureProject(join(projectRoot, "content"));
  await cp(join(projectRoot, "test/fixtures/new-filing"), join(root, "test/fixtures/new-filing"), { recursive: true });
  return root;
}

/**
 * Adds the practice filing to a project as the guide does: its scaffold command, its filing.yaml, every
 * candidate confirmed (by the guide's entry for it where it gives one, as proposed otherwise), and its page.
 */
export async function addPracticeFiling(root: string): Promise<void> {
  const [scaffold] = guideSnippets("sh").filter(({ code }) => code.includes("new:filing"));
  const { code, output } = await runCommand(root, scaffold!.code);
  if (code !== 0) throw new Error(`the scaffold failed:\n${output}`);
  const dir = join(root, larkspurDir);
  await writeFile(join(dir, "filing.yaml"), guideSnippets("yaml", "filing.yaml")[0]!.code);
  await writeFile(join(dir, "facts.yaml"), confirmAll(await readFile(join(dir, "facts.yaml"), "utf8"), asTheGuideSays));
  for (const [page, text] of guidePages()) await writeFile(join(dir, page), text);
}

/** The guide's pages: its `mdx <path>` snippets joined by path, in order. */
export function guidePages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const { kind, code } of guideSnippets("mdx"))
    pages.set(kind, pages.has(kind) ? `${pages.get(kind)}\n\n${code}` : code);
  return pages;
}

/** The entries of the guide's `yaml <kind>` snippets: a list, or a list under one key. */
export function guideEntries(kind: "fact" | "ignore"): Entry[] {
  return guideSnippets("yaml", kind).flatMap(({ code }) => {
    const parsed = parse(code) as Entry[] | Record<string, Entry[]>;
    return Array.isArray(parsed) ? parsed : Object.values(parsed).flat();
  });
}

/** A candidate as the guide confirms it: replaced by the guide's ignore entry whose quote it prints, or fact entry for its number. */
function asTheGuideSays(candidate: Entry): Entry {
  const quote = String(candidate.quote ?? "");
  const ignore = guideEntries("ignore").find((entry) => typeof entry.quote === "string" && quote.includes(entry.quote));
  const fact = guideEntries("fact").find(
    (entry) => entry.quote === candidate.quote && entry.number === candidate.number,
  );
  return ignore ?? fact ?? candidate;
}
