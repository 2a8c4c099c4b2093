import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cellReference, type CellName } from "#engine/notebook/cell-reference.ts";
import { givenCellNames, verify, type Report } from "#engine/verify/verify.ts";
import { projectRoot } from "../support/astro.ts";
import { addPracticeFiling, larkspurDir, practiceProject } from "../editor/support/larkspur.ts";

const names = Object.keys(cellReference) as CellName[];
/** Each example's page: examples may declare names, so each runs in a scope of its own. */
const pageOf = (name: string) =>
  `pages/9${String(names.indexOf(name as CellName)).padStart(2, "0")}-reference-${name.toLowerCase()}.mdx`;

/**
 * The examples that cannot run on the practice filing, with why, and the error they must stop at. Only a
 * missing fact is allowed: the example is otherwise as a cell would run it.
 */
const needsFact: Partial<Record<CellName, string>> = { convert: "exchange-rate.2024-12-31" };

let root: string;
let report: Report;

beforeAll(async () => {
  // The practice filing as the guide leaves it, since the examples use its facts, with one page per example.
  root = await practiceProject();
  await addPracticeFiling(root);
  for (const name of names) {
    const page = [
      "---",
      `title: ${name}`,
      `order: ${90 + names.indexOf(name)}`,
      `description: The cell reference's example of ${name}.`,
      "---",
      "",
      "```ts cell",
      cellReference[name].example,
      "```",
      "",
    ];
    await writeFile(join(root, larkspurDir, pageOf(name)), page.join("\n"));
  }
  report = await verify(root);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("the cell reference", () => {
  test("documents every name a cell is given, and no other", () => {
    const given = givenCellNames(projectRoot);
    expect(names.toSorted()).toEqual(given.toSorted());
  });

  test("has examples that run and type-check as cells, each giving a value and passing its checks", () => {
    const unknown = (id: string) => new RegExp(`^unknown fact "${id.replaceAll(".", "\\.")}"`);
    const errors = report.errors
      .map((error) => error.format())
      .filter(
        (text) =>
          !Object.entries(needsFact).some(
            ([name, id]) => text.startsWith(join(larkspurDir, pageOf(name))) && unknown(id).test(text.split("\n")[1]!),
          ),
      );
    expect(errors).toEqual([]);
    for (const name of names.filter((name) => !(name in needsFact))) {
      const notebook = report.notebooks.find(({ file }) => file === join(larkspurDir, pageOf(name)));
      expect(
        notebook?.cells.map(({ hasOutput }) => hasOutput),
        name,
      ).toEqual([true]);
      expect(notebook?.cells[0]!.output, name).toBeDefined();
    }
  });
});
