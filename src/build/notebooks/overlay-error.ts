import { RecountError } from "#engine/diagnostics/recount-error.ts";

/**
 * A RecountError dressed for Vite's and Astro's error overlays, which read `id`, `loc` (with an absolute
 * file, so the editor link opens it) and `frame`. Its stack becomes the editor's line alone: Astro prints
 * and shows a page's error with its stack, and the engine's own frames mean nothing to an editor. Other
 * errors pass as they are.
 */
export function forOverlay(error: unknown, page: string): unknown {
  if (error instanceof RecountError && error.location) {
    const { file, line, column } = error.location;
    Object.assign(error, {
      id: page,
      loc: { file: page, line, column },
      // As the editor reads it: a path Vite does not take for a module's, whose source map would move the line.
      stack: `${error.name}: ${error.message}\n    at ${file}:${line}${column ? `:${column}` : ""}`,
    });
  }
  return error;
}
