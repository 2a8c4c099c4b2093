#!/usr/bin/env node
// `npm run reference`: rewrites the cell reference in README.md, which the guide shows, from the cell names'
// definitions (src/engine/cell-names/cell-names.ts) and the types tsc gives them.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { withReference } from "#engine/notebook/cell-reference.ts";
import { cellReferenceText, referenceFile } from "#engine/verify/cell-reference-text.ts";

const root = process.cwd();
const path = join(root, referenceFile);
const text = await readFile(path, "utf8");
const written = withReference(text, await cellReferenceText(root));
if (written !== text) await writeFile(path, written);
process.stdout.write(`${referenceFile}: ${written === text ? "up to date" : "rewritten"}\n`);
