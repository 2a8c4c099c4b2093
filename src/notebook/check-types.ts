import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import type { RecountError } from "../diagnostics/recount-error.ts";
import { extractCells } from "./extract-cells.ts";
import { pageError } from "./page-error.ts";

/** `file(line,column): error TS1234: message`, as tsc prints without `--pretty`. */
const diagnosticPattern = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/**
 * Type-checks the cells of pages, with one run of `tsc` for them all. Each page becomes a TypeScript module
 * whose line n is the page's line n, in a scratch folder that `rootDirs` lays over the project, so that
 * imports relative to the page resolve as they do at run time. `declarations` is the text of a .d.ts
 * declaring the injected names (`declare const check: import("…").Check;`).
 */
export async function checkNotebookTypes(
  pages: ReadonlyArray<{ readonly file: string; readonly text: string }>,
  { root = process.cwd(), declarations = "" }: { root?: string; declarations?: string } = {},
): Promise<RecountError[]> {
  const cache = join(root, "node_modules/.cache/recount");
  await mkdir(cache, { recursive: true });
  const scratch = await mkdtemp(join(cache, "types-"));
  try {
    const modules = new Map(pages.map((page) => [join(scratch, `${page.file}.ts`), page]));
    for (const [path, { file, text }] of modules) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, typescriptModule(text, file));
    }
    await writeFile(join(scratch, "globals.d.ts"), declarations);
    const tsconfig = { extends: join(root, "tsconfig.json"), compilerOptions: { rootDirs: [scratch, root], noEmit: true }, include: ["**/*.ts"], exclude: [] };
    await writeFile(join(scratch, "tsconfig.json"), JSON.stringify(tsconfig));
    const output = await tsc(["-p", scratch, "--pretty", "false"], root);
    return output.split("\n").flatMap((line) => {
      const [, path = "", row, column, code, message] = diagnosticPattern.exec(line) ?? [];
      // Errors in the project's own files are for the project's own type check to report.
      if (!path && /error TS\d+/.test(line)) throw new Error(`tsc failed: ${line}`);
      const page = modules.get(resolve(root, path));
      if (!page) return [];
      const { file, text } = page;
      const cell = extractCells(text, { file }).find(({ startLine, endLine }) => startLine <= Number(row) && Number(row) <= endLine);
      return [pageError(`cell ${(cell?.index ?? 0) + 1} has a type error: ${message} (${code})`, { file, text, line: Number(row), column: Number(column), hint: "fix the types at the marked line" })];
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The cells of a page at their own lines, everything else blank, as one module. */
function typescriptModule(text: string, file: string): string {
  const lines = text.split(/\r?\n/).map(() => "");
  for (const { code, startLine } of extractCells(text, { file })) {
    code.split("\n").forEach((line, offset) => (lines[startLine - 1 + offset] = line));
  }
  return `${lines.join("\n")}\nexport {};\n`;
}

/** tsc's report; it exits non-zero when it finds errors, which is no failure here. */
async function tsc(args: readonly string[], root: string): Promise<string> {
  const bin = join(dirname(createRequire(join(root, "package.json")).resolve("typescript/package.json")), "bin/tsc");
  try {
    return (await promisify(execFile)(process.execPath, [bin, ...args], { cwd: root })).stdout;
  } catch (error) {
    const { stdout, code } = error as { stdout?: string; code?: unknown };
    if (typeof code === "number" && stdout) return stdout;
    throw error;
  }
}
