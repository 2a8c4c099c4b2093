import { elements } from "./elements.ts";

/**
 * Renames every id inside `root` to `${prefix}-${kind}-${n}`, numbered in document order per kind
 * (Plot's "plot-clip-7" becomes "chart-revenue-clip-1"), and points every `url(#…)` and `#…` link
 * at the new names. Plot numbers clip, marker and pattern ids with a counter shared by the whole
 * process, so without this the ids would depend on what was drawn before and could repeat on a page.
 */
export function reindex(root: Element, prefix: string): void {
  const ids = new Map<string, string>();
  const counts = new Map<string, number>();
  const all = elements(root);
  for (const element of all) {
    const id = element.getAttribute("id");
    if (id === null) continue;
    const kind = /^plot-([a-z]+)-\d+$/.exec(id)?.[1] ?? "id";
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    const renamed = `${prefix}-${kind}-${n}`;
    ids.set(id, renamed);
    element.setAttribute("id", renamed);
  }
  if (ids.size === 0) return;
  const rename = (reference: string, id: string) => reference.replace(id, ids.get(id) ?? id);
  for (const element of all) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name)!;
      const renamed = /^(?:xlink:)?href$/.test(name)
        ? value.replace(/^#(.+)$/, rename)
        : value.replace(/url\(#([^)]+)\)/g, rename);
      if (renamed !== value) element.setAttribute(name, renamed);
    }
  }
}
