import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { cellReferenceMarkdown, type CellName } from "#engine/notebook/cell-reference.ts";
import { globalsDeclarations } from "#engine/notebook/globals.ts";
import { hoverDocs } from "#engine/notebook/hover.ts";
import { cellNames } from "#engine/verify/verify.ts";
import { projectRoot } from "../support/astro.ts";

const names = cellNames(projectRoot);
let docs: Record<string, string>;

beforeAll(async () => {
  // The declarations the type check gives cells, hovered as an editor's editor would.
  const declarations = globalsDeclarations(names, { root: projectRoot });
  docs = await hoverDocs(names, { declarations, root: projectRoot });
  // tsc's language server loads the project first: about a second alone, longer on a busy machine.
});

describe("the doc comments of the names a cell is given", () => {
  test("are shown by hovering each name in a cell", () => {
    expect(names.filter((name) => !docs[name])).toEqual([]);
  });

  test("are the words README.md prints, as cellReferenceMarkdown writes them (and so the guide, which says the same)", () => {
    expect(readFileSync(join(projectRoot, "README.md"), "utf8")).toContain(
      `\n${cellReferenceMarkdown(docs as Record<CellName, string>)}`,
    );
  });
});
