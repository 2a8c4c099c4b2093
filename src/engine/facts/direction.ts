/**
 * The direction the words just before a printed figure give it: "a decrease of 23.2%", "down 5%", "fell
 * by RMB 2.0 billion". A figure printed as a decrease is a negative change, so that a computed change,
 * growth(from, to) or sub(to, from), compares with it directly.
 */
export interface PrintedDirection {
  readonly way: "increase" | "decrease";
  /** The words as printed, e.g. "a decrease of". */
  readonly words: string;
}

const ways = {
  decrease: String.raw`(?:an? )?(?:decrease|decline|drop|fall|reduction)s? of|(?:down|lower|decreased|declined|fell|dropped|shrank|was down|were down)(?: by)?`,
  increase: String.raw`(?:an? )?(?:increase|rise|growth|gain)s? of|(?:up|higher|increased|rose|grew|climbed|was up|were up)(?: by)?`,
} as const;

const patterns = Object.entries(ways).map(([way, words]) => ({
  way: way as PrintedDirection["way"],
  pattern: new RegExp(String.raw`\b(${words}) $`, "i"),
}));

/** The direction `before`, the plain text just before a printed figure, ends with; undefined if none. */
export function printedDirection(before: string): PrintedDirection | undefined {
  const tail = before.replace(/\s+/g, " ").slice(-40);
  for (const { way, pattern } of patterns) {
    const words = pattern.exec(tail)?.[1];
    if (words) return { way, words };
  }
  return undefined;
}
