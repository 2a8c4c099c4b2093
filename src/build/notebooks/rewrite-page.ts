import type { NotebookOutline } from "#engine/notebook/compile-notebook.ts";
import { fencedBlocks, frontmatterEnd } from "#engine/page/cells.ts";

/** Import specifiers of the modules a rewritten page imports. */
export interface PageImports {
  /** The module that runs the page's notebook and exports `__notebook` and the cells' names. */
  readonly notebook: string;
  /** Components: `<Cell cell={…} />` shows a cell and its output, `<Value value={…} expression="…" />` a value in prose. */
  readonly cell: string;
  readonly value: string;
}

/**
 * Names an MDX page module already binds (or that stand for components): a cell's name that clashes stays
 * reachable from prose, which reads it from `__notebook.scope`, but is not imported under its own name.
 */
const pageNames = new Set([
  "Cell",
  "Value",
  "Content",
  "MDXContent",
  "frontmatter",
  "file",
  "url",
  "getHeadings",
  "components",
]);

/** `{name}` or `{name.path}`, not after `=` (an attribute) or `\` (an escaped brace). */
const referencePattern =
  /(?<![={$\\]\s*)\{\s*([\p{ID_Start}$_][\p{ID_Continue}$]*(?:\.[\p{ID_Start}$_][\p{ID_Continue}$]*)*)\s*\}/u;
/** An inline code span, left as it is, or a reference. */
const spanOrReference = new RegExp(`(\`+)[^]*?(?<!\`)\\1(?!\`)|${referencePattern.source}`, "gu");

/**
 * The MDX source of a page with each cell replaced by a `<Cell>` and each `{name}` of prose that names what
 * a cell declared by a `<Value>`, with the imports these need appended at the end. Every line stays at its
 * place, so the MDX compiler's errors and the notebook's point at the lines the editor wrote.
 */
export function rewritePage(text: string, notebook: NotebookOutline, imports: PageImports): string {
  const lines = text.split(/\r?\n/);
  const names = new Set(notebook.names);
  const verbatim = new Set<number>(); // 0-based lines that are not prose: frontmatter, fences, ESM
  for (let line = 0; line < frontmatterEnd(lines); line++) verbatim.add(line);
  for (const { openingLine, closingLine = lines.length } of fencedBlocks(lines)) {
    for (let line = openingLine - 1; line < closingLine; line++) verbatim.add(line);
  }
  for (const cell of notebook.cells) {
    for (let line = cell.openingLine - 1; line < cell.closingLine; line++) lines[line] = "";
    // The blank fence line ends a paragraph the cell may follow directly.
    lines[cell.openingLine] = `<Cell cell={__notebook.cells[${cell.index}]} />`;
  }
  let usesValue = false;
  let esm = false;
  lines.forEach((line, index) => {
    if (verbatim.has(index)) return;
    // An ESM block runs from an `import` or `export` line to the next blank line.
    esm = line.trim() === "" ? false : esm || /^(?:import|export)\b/.test(line);
    if (esm) return;
    lines[index] = line.replace(spanOrReference, (match, ticks: string | undefined, reference: string | undefined) => {
      if (ticks || !reference || !names.has(reference.split(".")[0]!)) return match;
      usesValue = true;
      return `<Value value={__notebook.scope.${reference}} expression="${reference}" />`;
    });
  });
  const imported = notebook.names.filter((name) => !pageNames.has(name) && !name.startsWith("_"));
  const esmLines = [
    `import Cell from ${JSON.stringify(imports.cell)};`,
    ...(usesValue ? [`import Value from ${JSON.stringify(imports.value)};`] : []),
    `import { ${["__notebook", ...imported].join(", ")} } from ${JSON.stringify(imports.notebook)};`,
  ];
  return `${lines.join("\n").replace(/\n*$/, "")}\n\n${esmLines.join("\n")}\n`;
}
