import { type CellOptions, parseCellOptions } from "#engine/page/cell-options.ts";
import { pageError } from "#engine/diagnostics/page-error.ts";

/** A fenced block of a page marked ```` ```ts cell ```` (or ```` ```typescript cell ````). */
export interface Cell {
  /** Position among the page's cells, from 0. */
  readonly index: number;
  /** The cell's TypeScript, without its fences. */
  readonly code: string;
  /** Page lines (1-based) of the first and last lines of code; an empty cell ends before it starts. */
  readonly startLine: number;
  readonly endLine: number;
  /** Page lines of the fences around the code. */
  readonly openingLine: number;
  readonly closingLine: number;
  readonly options: CellOptions;
}

/** CommonMark fences: up to three spaces, then three or more backticks or tildes, then the info string. */
const openingPattern = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const cellPattern = /^(?:ts|typescript)\s+cell(?:\s+(.*))?$/;

/** A fenced block of a page: its fence lines (1-based), and the fence itself. */
export interface FencedBlock {
  readonly openingLine: number;
  /** Undefined when the block is never closed, and so runs to the end of the page, as in CommonMark. */
  readonly closingLine: number | undefined;
  readonly indent: number;
  readonly marker: string;
  readonly info: string;
}

type Fence = Pick<FencedBlock, "indent" | "marker" | "info">;

/**
 * The cells of an MDX page, in order. Other fenced blocks are skipped whole, so a cell shown as an example
 * inside a longer fence (```` ```` ````) is not run; so is the frontmatter.
 */
export function extractCells(text: string, { file = "page.mdx" }: { file?: string } = {}): Cell[] {
  const lines = text.split(/\r?\n/);
  return fencedBlocks(lines)
    .flatMap((block) => {
      const cell = cellPattern.exec(block.info.trim());
      if (!cell) return [];
      const { openingLine, closingLine, indent, marker } = block;
      if (closingLine === undefined)
        throw pageError("this cell is never closed", {
          file,
          text,
          line: openingLine,
          hint: `end it with a line of ${marker}`,
        });
      const code = lines.slice(openingLine, closingLine - 1).map((line) => unindent(line, indent));
      const options = parseCellOptions(cell[1] ?? "", { file, text, line: openingLine });
      return [
        {
          code: code.join("\n"),
          startLine: openingLine + 1,
          endLine: closingLine - 1,
          openingLine,
          closingLine,
          options,
        },
      ];
    })
    .map((cell, index) => ({ index, ...cell }));
}

/** The top-level fenced blocks of a page's lines, after its frontmatter. */
export function fencedBlocks(lines: readonly string[]): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  for (let index = frontmatterEnd(lines); index < lines.length; index++) {
    const fence = openingFence(lines[index]!);
    if (!fence) continue;
    const closing = lines.findIndex((line, at) => at > index && isClosingFence(line, fence));
    blocks.push({ ...fence, openingLine: index + 1, closingLine: closing === -1 ? undefined : closing + 1 });
    if (closing === -1) break;
    index = closing;
  }
  return blocks;
}

/** The number of lines the frontmatter takes at the top of a page, its fences included. */
export function frontmatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== "---") return 0;
  const closing = lines.findIndex((line, at) => at > 0 && line.trimEnd() === "---");
  return closing === -1 ? 0 : closing + 1;
}

function openingFence(line: string): Fence | undefined {
  const match = openingPattern.exec(line);
  if (!match) return undefined;
  const [, indent = "", marker = "", info = ""] = match;
  // A backtick in the info string makes the line inline code, not a fence.
  if (marker[0] === "`" && info.includes("`")) return undefined;
  return { indent: indent.length, marker, info };
}

function isClosingFence(line: string, { marker }: Fence): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return match !== null && match[1]![0] === marker[0] && match[1]!.length >= marker.length;
}

/** Content lines lose as much indentation as the opening fence has, as in CommonMark. */
function unindent(line: string, indent: number): string {
  return line.replace(new RegExp(`^ {0,${indent}}`), "");
}
