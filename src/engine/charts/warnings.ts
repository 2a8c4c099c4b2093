import { RecountError } from "#engine/diagnostics/recount-error.ts";

/**
 * Draws with Plot, its warnings collected and ending the chart with their words. Plot prints each warning
 * with `console.warn` and adds a ⚠️ to the chart; but a page's context has no console (a cell's output is
 * its value, not what it prints), so Plot's first warning would end the page with "console is not
 * defined". Here `console` is Plot's for the length of the drawing, whatever the context has, and put back
 * after; and a published chart carries no warning.
 */
export function drawWithoutWarnings<T>(id: string, draw: () => T): T {
  const warnings: string[] = [];
  const global = globalThis as { console?: unknown };
  const previous = Object.getOwnPropertyDescriptor(global, "console");
  Object.defineProperty(global, "console", {
    value: { warn: (message: unknown) => void warnings.push(String(message)) },
    configurable: true,
    writable: true,
  });
  try {
    const drawn = draw();
    if (warnings.length) throw warned(id, warnings);
    return drawn;
  } finally {
    if (previous) Object.defineProperty(global, "console", previous);
    else delete global.console;
  }
}

function warned(id: string, warnings: readonly string[]): RecountError {
  const count = warnings.length === 1 ? "a warning" : `${warnings.length} warnings`;
  return new RecountError(
    `Observable Plot gave ${count} while drawing chart "${id}": ${warnings.map((warning) => warning.replace(/^Warning: /, "").trim()).join(" / ")}`,
    { hint: "change the chart's data or options as the warning says; a published chart carries no warning" },
  );
}
