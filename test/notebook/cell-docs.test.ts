import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { cellNames as definitions } from "#engine/cell-names/cell-names.ts";
import { withReference } from "#engine/notebook/cell-reference.ts";
import { globalsDeclarations } from "#engine/notebook/globals.ts";
import { hovers, type Hover } from "#engine/notebook/hover.ts";
import { cellReferenceText, referenceFile } from "#engine/verify/cell-reference-text.ts";
import { givenCellNames } from "#engine/verify/verify.ts";
import { projectRoot } from "../support/astro.ts";

const names = givenCellNames(projectRoot);
let hovered: Record<string, Hover>;
let reference: string;

beforeAll(async () => {
  // The declarations the type check gives cells, hovered as an editor's editor would.
  const declarations = globalsDeclarations(names, { root: projectRoot });
  hovered = await hovers(names, { declarations, root: projectRoot });
  reference = await cellReferenceText(projectRoot);
  // tsc's language server loads the project first: about a second alone, longer on a busy machine.
});

describe("the names a cell is given", () => {
  test("show their definitions' doc comments when hovered in a cell, with their types", () => {
    const shown = Object.fromEntries(names.map((name) => [name, hovered[name]?.doc]));
    expect(shown).toEqual(
      Object.fromEntries(names.map((name) => [name, definitions[name as keyof typeof definitions]?.doc])),
    );
    expect(names.filter((name) => !hovered[name]?.signature.startsWith(`const ${name}: `))).toEqual([]);
  });

  test("are listed in README.md as npm run reference writes them", () => {
    const text = readFileSync(join(projectRoot, referenceFile), "utf8");
    expect(text, `${referenceFile} is out of date: run npm run reference`).toBe(withReference(text, reference));
    expect(reference).toContain(
      `- \`check: (id: string, computed: Quantity, disclosed: Quantity, options: CheckOptions) => CheckResult\`: ${definitions.check.doc}.`,
    );
  });
});
