/** A URL a page refers to: a link to follow, or a resource the browser fetches as the page loads. */
export interface Reference {
  /** The element and attribute it is in, e.g. `link[href]`. */
  in: string;
  url: string;
  /** Whether the browser fetches it on its own (a stylesheet, a script, an image), not on a click. */
  fetched: boolean;
}

const attributes = ["href", "src", "srcset", "action", "data", "poster"];

// Links a reader follows or a search engine reads: not requests the page makes.
const notFetched = (element: Element) =>
  ["a", "form"].includes(element.localName) ||
  (element.localName === "link" && ["canonical", "alternate", "sitemap"].includes(element.getAttribute("rel") ?? ""));

/** Every URL in a page's markup, with where it is. */
export function references(document: Document): Reference[] {
  return [...document.querySelectorAll(attributes.map((name) => `[${name}]`).join(","))].flatMap((element) =>
    attributes.flatMap((name) => {
      const value = element.getAttribute(name);
      if (value === null) return [];
      const urls = name === "srcset" ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
      return urls.map((url) => ({ in: `${element.localName}[${name}]`, url, fetched: !notFetched(element) }));
    }),
  );
}

/** The URLs a stylesheet fetches: its `url(...)`s and `@import`s. */
export function cssReferences(css: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)|@import\s+(["'])([^"']*)\3/g)].map(
    (match) => match[2] ?? match[4]!,
  );
}
