import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { promisify } from "node:util";
import type { RecountError } from "#engine/diagnostics/recount-error.ts";
import { digest, isKnownClean, rememberClean } from "./clean-types.ts";
import { extractCells } from "#engine/page/cells.ts";
import { pageError } from "#engine/diagnostics/page-error.ts";
import { inScratchProject, tscPath, typescriptPackage } from "./scratch-project.ts";

/** `file(line,column): error TS1234: message`, as tsc prints without `--pretty`. */
const diagnosticPattern = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/**
 * Type-checks the cells of pages, with one run of `tsc` for them all. Each page becomes a TypeScript module
 * whose line n is the page's line n, in a scratch project (./scratch-project.ts), so that imports relative
 * to the page resolve as they do at run time. `declarations` is the text of a module
 * declaring the injected names (`declare global { const check: …; } export {};`). A check that found
 * nothing is remembered, and not run again while neither the pages nor any file it read change.
 */
export async function checkNotebookTypes(
  pages: ReadonlyArray<{ readonly file: string; readonly text: string }>,
  { root = process.cwd(), declarations = "" }: { root?: string; declarations?: string } = {},
): Promise<RecountError[]> {
  const modules = pages.map((page) => ({ ...page, code: typescriptModule(page.text, page.file) }));
  // Which tsc, and everything it is given but the files it reads (those are digested as it lists them). The
  // declarations name the project's own files by path: written from the project, the key of another project
  // with the same files is the same, and a record made in one serves the other (clean-types.ts).
  const key = digest([
    await readFile(typescriptPackage(root), "utf8"),
    declarations.replaceAll(`${root}${sep}`, `<project>${sep}`),
    await readFile(join(root, "tsconfig.json"), "utf8"),
    ...modules.flatMap(({ file, code }) => [file, code]),
  ]);
  if (await isKnownClean(root, key)) return [];
  // Not a .d.ts, which `skipLibCheck` leaves unchecked: a broken declaration must be an error, not `any`.
  const files = new Map([
    ...modules.map(({ file, code }) => [`${file}.ts`, code] as const),
    ["globals.ts", declarations],
  ]);
  return inScratchProject(root, files, async (scratch) => {
    const paths = new Map(modules.map((module) => [join(scratch, `${module.file}.ts`), module]));
    const lines = (await tsc(["-p", scratch, "--pretty", "false", "--listFiles"], root)).split("\n");
    const diagnostics = lines.filter((line) => /error TS\d+/.test(line));
    // With no error anywhere, every file tsc read is listed: what the check depends on besides the pages.
    if (!diagnostics.length)
      await rememberClean(
        root,
        key,
        lines.filter((line) => line && !line.startsWith(scratch)),
      );
    return diagnostics.flatMap((line) => {
      const [, path = "", row, column, code, message] = diagnosticPattern.exec(line) ?? [];
      const page = paths.get(resolve(root, path));
      if (page) {
        const { file, text } = page;
        const cell = extractCells(text, { file }).find(
          ({ startLine, endLine }) => startLine <= Number(row) && Number(row) <= endLine,
        );
        return [
          pageError(`cell ${(cell?.index ?? 0) + 1} has a type error: ${message} (${code})`, {
            file,
            text,
            line: Number(row),
            column: Number(column),
            hint: "fix the types at the marked line",
          }),
        ];
      }
      // An error in the declarations, or in no file, would leave cells unchecked, or checked against `any`.
      if (!path || resolve(root, path).startsWith(scratch)) throw new Error(`tsc failed: ${line}`);
      // Errors in the project's own files are for the project's own type check to report.
      return [];
    });
  });
}

/**
 * The cells of a page at their own lines, everything else blank, as one module. Each opening fence becomes
 * a `;`, as when the page runs, so that a cell starting with `[` or `(` does not continue the cell before.
 */
function typescriptModule(text: string, file: string): string {
  const lines = text.split(/\r?\n/).map(() => "");
  for (const { code, startLine, openingLine } of extractCells(text, { file })) {
    lines[openingLine - 1] = ";";
    code.split("\n").forEach((line, offset) => (lines[startLine - 1 + offset] = line));
  }
  return `${lines.join("\n")}\nexport {};\n`;
}

/** tsc's report; it exits non-zero when it finds errors, which is no failure here. */
async function tsc(args: readonly string[], root: string): Promise<string> {
  try {
    return (await promisify(execFile)(process.execPath, [tscPath(root), ...args], { cwd: root })).stdout;
  } catch (error) {
    const { stdout, code } = error as { stdout?: string; code?: unknown };
    if (typeof code === "number" && stdout) return stdout;
    throw error;
  }
}
