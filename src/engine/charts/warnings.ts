import * as Plot from "@observablehq/plot";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { document } from "./document.ts";

/**
 * Plot's warnings, as the editor's errors: Plot prints each with `console.warn`, adds a ⚠️ to the chart
 * and draws on, and a published chart carries no warning. In a page's isolate `console` is this one,
 * fixed before any cell runs (sandbox/inside/charts.ts), so that no cell can silence Plot by replacing it,
 * even from an accessor Plot calls while it draws. A warning while a chart is drawn ends that chart with
 * every warning of the drawing; one given outside a drawing (a mark's options, `Plot.scale`) ends the cell
 * there and then.
 */
export const plotConsole = Object.freeze({
  warn(message: unknown): void {
    const words = String(message)
      .replace(/^Warning: /, "")
      .trim();
    if (drawing) return void drawing.push(words);
    unsettled = true;
    throw new RecountError(`Observable Plot gave a warning: ${words}`, {
      hint: "change the data or options of the Plot call as the warning says; the build publishes nothing Plot warns about",
    });
  },
});

/** Plot's warnings so far in the drawing under way, if one is. */
let drawing: string[] | undefined;
/**
 * Whether Plot may hold a warning it stopped at as its last: it gives no warning twice in a row, and
 * forgets its last only when a drawing ends, so a chart drawn next with the same fault would pass unwarned.
 */
let unsettled = false;

/** Draws with Plot, and ends the chart with Plot's words if Plot warned while drawing it. */
export function drawWithoutWarnings<T>(id: string, draw: () => T): T {
  if (unsettled) settle();
  const outer = drawing;
  const warnings: string[] = [];
  drawing = warnings;
  const giveBack = lend();
  let drawn: T;
  try {
    drawn = draw();
  } catch (error) {
    unsettled = true;
    throw warnings.length ? warned(id, warnings) : error;
  } finally {
    drawing = outer;
    giveBack();
  }
  if (warnings.length) throw warned(id, warnings);
  return drawn;
}

/** A drawing of nothing, which ends as Plot's drawings do: Plot forgets its last warning. */
function settle(): void {
  unsettled = false;
  drawWithoutWarnings("settle", () => Plot.plot({ document, marks: [] }));
}

/**
 * On the host, where tests draw, `console` is Node's: this one stands in for it during a drawing. In a
 * page's isolate it is this one already, and cannot be changed.
 */
function lend(): () => void {
  const global = globalThis as { console?: unknown };
  if (global.console === plotConsole) return () => {};
  const own = Object.getOwnPropertyDescriptor(global, "console");
  Object.defineProperty(global, "console", { value: plotConsole, configurable: true });
  return () => {
    if (own) Object.defineProperty(global, "console", own);
    else delete global.console;
  };
}

function warned(id: string, warnings: readonly string[]): RecountError {
  const count = warnings.length === 1 ? "a warning" : `${warnings.length} warnings`;
  return new RecountError(`Observable Plot gave ${count} while drawing chart "${id}": ${warnings.join(" / ")}`, {
    hint: "change the chart's data or options as the warning says; a published chart carries no warning",
  });
}
