#!/usr/bin/env node
// `npm run reference`: rewrites the cell reference in README.md and the guide from the cell names'
// definitions (src/engine/cell-names/cell-names.ts) and the types tsc gives them.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { withReference } from "#engine/notebook/cell-reference.ts";
import { cellReferenceText, referenceFiles } from "#engine/verify/cell-reference-text.ts";

const root = process.cwd();
const reference = await cellReferenceText(root);
for (const file of referenceFiles) {
  const path = join(root, file);
  const text = await readFile(path, "utf8");
  const written = withReference(text, reference);
  if (written !== text) await writeFile(path, written);
  process.stdout.write(`${file}: ${written === text ? "up to date" : "rewritten"}\n`);
}
