import { basename, join } from "node:path";
import type * as Plot from "@observablehq/plot";
import Decimal from "decimal.js";
import type { chart, timeline, waterfall } from "#engine/charts/index.ts";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import { type Location, RecountError } from "#engine/diagnostics/recount-error.ts";
import { currentFacts } from "#engine/facts/current.ts";
import type { FactsRegistry } from "#engine/facts/registry.ts";
import type { ContextLibrary } from "#engine/sandbox/inside/prelude.ts";

export interface GlobalsContext {
  readonly file: string;
  readonly filing: string;
  readonly locate: () => Location;
  /**
   * Where the page's checks are recorded. `npm run check` and the build gate pass one ledger for every
   * page, collecting all failures; a page rendered on its own gets a ledger that throws at the first
   * failure, so that `astro dev` shows it in the error overlay.
   */
  readonly ledger?: Ledger;
  /** The project root, whose `content/filings` the facts come from. */
  readonly root?: string;
  /** The facts cells read: the project's as they are on disk now, unless the caller holds them already. */
  readonly facts?: FactsRegistry;
}

/**
 * Which arguments of each function are figures: a quantity the host made, never a cell's own object. The
 * operations take figures first; the checks take an id, then the two sides.
 */
const figureArguments: Readonly<Record<string, readonly number[]>> = {
  ...every(["add", "sub", "mul", "div", "ratio", "share", "growth", "ppChange", "convert"], [0, 1]),
  ...every(["neg", "sum", "asPercent"], [0]),
  ...every(["check", "sumsTo", "direction", "holds", "agrees", "both"], [1, 2]),
};

function every(names: readonly string[], positions: readonly number[]): Record<string, readonly number[]> {
  return Object.fromEntries(names.map((name) => [name, positions]));
}

/**
 * The names the host gives every cell of a filing's pages, run in the host and called from the page's
 * sandbox (see src/engine/sandbox): the filing's facts, and the check API bound to the page's ledger and line
 * numbers. The return type is inferred, name by name, because it is what cells are type-checked against.
 */
export function createNotebookGlobals({
  filing,
  locate,
  ledger = new Ledger({ onFailure: "throw" }),
  root = process.cwd(),
  facts = currentFacts("content/filings", root),
}: GlobalsContext) {
  const { filing: _, ledger: __, ...checks } = createChecks({ ledger, filing, locate });
  for (const [name, positions] of Object.entries(figureArguments)) {
    const operation = checks[name as keyof typeof checks] as (...args: unknown[]) => unknown;
    (checks as Record<string, unknown>)[name] = (...args: unknown[]) => {
      for (const position of positions) requireFigures(name, position, args[position], locate);
      return operation(...args);
    };
  }
  return {
    ...checks,
    /** a disclosed figure, as the range its rounding allows; "other-filing-id/fact-id" names another filing's */
    fact: (ref: string) => facts.fact(ref, { filing, at: locate }),
  };
}

/**
 * Every name a cell can use: the host's, and those its sandbox gives it (Plot and the charts among them).
 * Each one's doc comment, where it is declared, is its meaning in the cell reference, in an editor's words:
 * the README and the guide print it, and hovering the name in a cell shows it.
 */
export type CellNames = ReturnType<typeof createNotebookGlobals> &
  ContextLibrary & {
    /** Observable Plot 0.6, whose marks go in a chart's `marks` */
    Plot: typeof Plot;
    /** a chart drawn at build time as SVG, with its data as a table and a CSV file (see the worked chart above) */
    chart: typeof chart;
    /** dated events along a time axis, one row each; a date is "2024-12-31" or "2024-12" */
    timeline: typeof timeline;
    /** the bars of a waterfall: each change floats from the running sum, each total stands on zero */
    waterfall: typeof waterfall;
  };

const isFigure = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  Decimal.isDecimal((value as { lo?: unknown }).lo) &&
  Decimal.isDecimal((value as { hi?: unknown }).hi);

function requireFigures(name: string, position: number, value: unknown, locate: () => Location): void {
  if (Array.isArray(value) ? value.every(isFigure) : isFigure(value)) return;
  const ordinal = ["first", "second", "third"][position];
  throw new RecountError(
    `${name}() takes a figure as its ${ordinal} argument, and this is not one: ${JSON.stringify(value)?.slice(0, 120) ?? String(value)}`,
    {
      location: locate(),
      hint: "pass a figure as fact(), the arithmetic or a check's result gives it; an object copying one's fields is not a figure, so that nothing but the facts can decide a check",
    },
  );
}

/**
 * The injected names as TypeScript declarations, for type-checking cells: each name has the type
 * `CellNames` gives it, so a cell is checked against the real API. Destructured from it, so that hovering a
 * name in a cell shows the doc comment of the member it is (`const add: Globals["add"]` would show none).
 */
export function globalsDeclarations(
  names: readonly string[],
  { root = process.cwd() }: { root?: string } = {},
): string {
  const globals = `type Globals = import(${JSON.stringify(globalsSource(root))}).CellNames;`;
  return `${globals}\ndeclare global {\n  const {\n${names.map((name) => `    ${name},`).join("\n")}\n  }: Globals;\n}\nexport {};\n`;
}

/** This module's source file; once the build has bundled it into a chunk without types, the project's own. */
function globalsSource(root: string): string {
  return basename(import.meta.filename) === "globals.ts"
    ? import.meta.filename
    : join(root, "src/engine/notebook/globals.ts");
}
