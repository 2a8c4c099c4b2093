import type { Location } from "../diagnostics/recount-error.ts";

/**
 * The names every cell of a filing's pages can use: its facts, the check API, Plot, the chart helper.
 * Placeholder until those exist; the Vite plugin calls it once per page run.
 */
export function createNotebookGlobals(_context: { file: string; filing: string; locate: () => Location }): Record<string, unknown> {
  return {};
}
