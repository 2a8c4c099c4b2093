/** A label from naming words: "Total revenues". */
export function labelOf(words: readonly string[]): string {
  const label = words.join(" ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** An id segment from words: "total-revenues". Ids are lowercase words and digits joined by hyphens. */
export function slug(words: readonly string[] | string): string {
  const text = typeof words === "string" ? words : words.join(" ");
  return (
    text
      // A common noun's possessive names the noun ("the rental fleet's cost"); a proper name's keeps its s ("Stockman's").
      .replace(/\b([a-z][a-z-]*)['’]s\b/g, "$1")
      .toLowerCase()
      // An abbreviation written with full stops is one word: "U.S." is us.
      .replace(/\b(?:[a-z]\.){2,}/g, (abbreviation) => abbreviation.replaceAll(".", ""))
      // An apostrophe after a lone letter joins two words ("L'Auberge", "d'Arbois"); after a word it is a possessive's.
      .replace(/\b([a-z])['’](?=[a-z])/g, "$1-")
      .replace(/['’]/g, "")
      .replace(/(?<=[a-z])&(?=[a-z])/g, "")
      // "Energy & Chemicals": an ampersand between words is said "and" (README).
      .replace(/\s&\s/g, " and ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
  );
}

/** How a period reads at the end of an id: FY2024 → 2024, H1 2024 → h1-2024, 2024-06-30 stays. */
export function periodSuffix(period: string): string {
  return slug(period.replace(/^FY/, ""));
}

/** Hands out ids, adding -2, -3… to one already given. */
export function uniqueIds(): (id: string) => string {
  const taken = new Set<string>();
  return (id) => {
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
    taken.add(unique);
    return unique;
  };
}
