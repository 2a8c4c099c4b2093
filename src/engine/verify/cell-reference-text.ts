import { cellReferenceMarkdown } from "#engine/notebook/cell-reference.ts";
import { globalsDeclarations } from "#engine/notebook/globals.ts";
import { hovers } from "#engine/notebook/hover.ts";
import { givenCellNames } from "./verify.ts";

/** The file that prints the cell reference, relative to the project (the guide shows README.md's). */
export const referenceFile = "README.md";

/**
 * The cell reference as README.md and the guide print it, from the names' definitions and what hovering each
 * name in a cell shows: the signature tsc gives the type cells are checked against, and the doc comment.
 */
export async function cellReferenceText(root: string): Promise<string> {
  const names = givenCellNames(root);
  // The checks' options, spelled out field by field: a hover names an interface only by its name.
  const options = `declare global {\n  const options: { [Field in keyof Parameters<Globals["check"]>[3]]: Parameters<Globals["check"]>[3][Field] };\n}\n`;
  const declarations = `${globalsDeclarations(names, { root })}${options}`;
  const found = await hovers([...names, "options"], { declarations, root });
  return cellReferenceMarkdown(found);
}
