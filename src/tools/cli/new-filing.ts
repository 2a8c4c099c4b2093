#!/usr/bin/env node
// `npm run new:filing -- --id <filing-id> <path-to-source-text>`: creates content/filings/<filing-id>/ with
// metadata to fill in, the text verbatim, candidate facts to review and a starter page. Never overwrites.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { scaffoldFiling } from "#tools/scaffold/scaffold-filing.ts";

const usage = "usage: npm run new:filing -- --id <filing-id> <path-to-source-text-or-html>";

try {
  const { values, positionals } = parseArgs({ options: { id: { type: "string" } }, allowPositionals: true });
  if (!values.id || positionals.length !== 1)
    throw new RecountError("give a filing id and the path of one source text", { hint: usage });
  // npm runs scripts from the project root; a relative path is relative to where the editor typed it.
  const source = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  const { dir, files, candidates } = await scaffoldFiling({ id: values.id, source });
  process.stdout.write(
    [
      `Created ${dir}/:`,
      ...files.map((file) => `  ${file}`),
      "",
      `facts.yaml proposes ${candidates.facts.length} candidate facts and ${candidates.ignores.length} ignore entries. Next:`,
      "  1. check the fields filing.yaml read from the text, and fill in the rest;",
      "  2. review the candidates in facts.yaml: move each under facts: or ignore:;",
      `  3. run \`npm run check\`, then \`npm run dev\` and open the starter page, ${files.at(-1)}.`,
      'The steps in full: README.md, "Adding a filing".',
      "",
    ].join("\n"),
  );
} catch (error) {
  if (error instanceof RecountError) {
    process.stderr.write(`${error.format()}\n`);
    process.exitCode = 1;
  } else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
    process.stderr.write(`${error.message}\n\n${usage}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
