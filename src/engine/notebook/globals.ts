import { basename, join } from "node:path";
import type * as Plot from "@observablehq/plot";
import Decimal from "decimal.js";
import type { chart, timeline, waterfall } from "#engine/charts/index.ts";
import { cellNameEntries, cellNames } from "#engine/cell-names/cell-names.ts";
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

/** Which arguments of each name the host answers must be figures, as the names' definitions say. */
const figureArguments = cellNameEntries.flatMap(([name, { figures }]) => (figures ? [[name, figures] as const] : []));

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
  for (const [name, positions] of figureArguments) {
    const operation = checks[name as keyof typeof checks] as (...args: unknown[]) => unknown;
    (checks as Record<string, unknown>)[name] = (...args: unknown[]) => {
      for (const position of positions) requireFigures(name, position, args[position], locate);
      return operation(...args);
    };
  }
  return {
    ...checks,
    fact: (ref: string) => facts.fact(ref, { filing, at: locate }),
  };
}

/**
 * Every name a cell can use, with its type: the host's, and those its sandbox gives it (Plot and the charts
 * among them). What each means is its definition's (#engine/cell-names), which the declarations below give it.
 */
export type CellNames = ReturnType<typeof createNotebookGlobals> &
  ContextLibrary & {
    Plot: typeof Plot;
    chart: typeof chart;
    timeline: typeof timeline;
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
 * `CellNames` gives it, so a cell is checked against the real API, and its definition's doc comment, which
 * hovering the name in a cell shows.
 */
export function globalsDeclarations(
  names: readonly string[],
  { root = process.cwd() }: { root?: string } = {},
): string {
  const globals = `type Globals = import(${JSON.stringify(globalsSource(root))}).CellNames;`;
  const declarations = names.map((name) => {
    const doc = (cellNames as Record<string, { doc: string } | undefined>)[name]?.doc;
    return `${doc ? `  /** ${doc} */\n` : ""}  const ${name}: Globals[${JSON.stringify(name)}];`;
  });
  return `${globals}\ndeclare global {\n${declarations.join("\n")}\n}\nexport {};\n`;
}

/** This module's source file; once the build has bundled it into a chunk without types, the project's own. */
function globalsSource(root: string): string {
  return basename(import.meta.filename) === "globals.ts"
    ? import.meta.filename
    : join(root, "src/engine/notebook/globals.ts");
}
