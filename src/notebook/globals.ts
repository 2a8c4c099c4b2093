import { basename, join } from "node:path";
import * as Plot from "@observablehq/plot";
import type Decimal from "decimal.js";
import { chart, timeline, waterfall } from "../charts/index.ts";
import { createChecks, Ledger } from "../checks/index.ts";
import { RecountError, type Location } from "../diagnostics/recount-error.ts";
import { currentFacts } from "../facts/current.ts";
import type { FactsRegistry } from "../facts/registry.ts";
import { scaleExponent, type Scale } from "../quantity/unit.ts";
import { misquotation, sourceReader } from "../prose/check-words.ts";
import { illustrative, notVerifiable } from "./labels.ts";

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
 * The names every cell of a filing's pages can use without importing them: the filing's facts, the check
 * API bound to the page's ledger and line numbers, Plot and the chart helpers, and the honest labels.
 * The return type is inferred, name by name, because it is what cells are type-checked against.
 */
export function createNotebookGlobals({ filing, locate, ledger = new Ledger({ onFailure: "throw" }), root = process.cwd(), facts = currentFacts("content/filings", root) }: GlobalsContext) {
  const { filing: _, ledger: __, ...checks } = createChecks({ ledger, filing, locate });
  const source = sourceReader(root);
  return {
    ...checks,
    fact: (ref: string) => facts.fact(ref, { filing, at: locate }),
    Plot,
    chart,
    waterfall,
    timeline,
    plotValue,
    illustrative,
    /**
     * A statement of the filing (or of another, `{ filing }`) that its figures cannot verify. It is shown
     * as a quotation, so it must be the filing's words: a misquotation fails here, at the call.
     */
    notVerifiable: (statement: string, why: string, { filing: quoted = filing }: { filing?: string } = {}) => {
      const problem = misquotation(statement, quoted, { facts, source });
      if (problem) throw new RecountError(problem.message, { location: locate(), hint: problem.hint });
      return notVerifiable(statement, why);
    },
  };
}

/**
 * A quantity's nominal value as a plain number at `scale`, for drawing only: charts need numbers, while
 * every check works on the decimal intervals.
 */
export function plotValue({ value }: { value: Decimal }, scale: Scale = "one"): number {
  return value.div(10 ** scaleExponent[scale]).toNumber();
}

/**
 * The injected names as TypeScript declarations, for type-checking cells: each name has the type
 * `createNotebookGlobals` gives it, so a cell is checked against the real API.
 */
export function globalsDeclarations(names: readonly string[], { root = process.cwd() }: { root?: string } = {}): string {
  const globals = `type Globals = ReturnType<typeof import(${JSON.stringify(globalsSource(root))}).createNotebookGlobals>;`;
  return `${globals}\ndeclare global {\n${names.map((name) => `  const ${name}: Globals[${JSON.stringify(name)}];`).join("\n")}\n}\nexport {};\n`;
}

/** This module's source file; once the build has bundled it into a chunk without types, the project's own. */
function globalsSource(root: string): string {
  return basename(import.meta.filename) === "globals.ts" ? import.meta.filename : join(root, "src/notebook/globals.ts");
}
