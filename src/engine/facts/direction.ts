/**
 * The direction the words next to a printed figure give it: before it, "a decrease of 23.2%", "down 5%",
 * "fell by RMB 2.0 billion"; or after it, "a 2 percent decrease", "5% lower". A figure printed as a decrease
 * is a negative change, as a person reads it, so that a computed change, growth(from, to) or sub(to, from),
 * compares with it directly.
 */
export interface PrintedDirection {
  readonly way: "increase" | "decrease";
  /** The words as printed, e.g. "a decrease of". */
  readonly words: string;
  /** Set when the words follow the figure ("a 2 percent decrease"). */
  readonly after?: true;
}

const ways = {
  decrease: String.raw`(?:an? )?(?:decrease|decline|drop|fall|reduction)s? of|(?:down|lower|decreased|declined|fell|dropped|shrank|was down|were down)(?: by)?`,
  // "made up 77%" is a share, not a rise.
  increase: String.raw`(?:an? )?(?:increase|rise|growth|gain)s? of|(?:(?<!\bma(?:de|kes?|king) )up|higher|increased|rose|grew|climbed|was up|were up)(?: by)?`,
} as const;

const patterns = Object.entries(ways).map(([way, words]) => ({
  way: way as PrintedDirection["way"],
  pattern: new RegExp(String.raw`\b(${words}) $`, "i"),
}));

// A noun or comparative straight after the figure: "a 2 percent decrease", "5% lower" (not "lower-cost").
const following = {
  decrease: String.raw`(?:decrease|decline|drop|fall|reduction)s?|lower`,
  increase: String.raw`(?:increase|rise|gain)s?|growth|higher`,
} as const;

const patternsAfter = Object.entries(following).map(([way, words]) => ({
  way: way as PrintedDirection["way"],
  pattern: new RegExp(String.raw`^ (${words})\b(?!-)`, "i"),
}));

/**
 * The direction of a printed figure: the one `before`, the plain text just before it, ends with, else the one
 * `after`, the plain text just after it, starts with; undefined if none.
 */
export function printedDirection(before: string, after = ""): PrintedDirection | undefined {
  const tail = before.replace(/\s+/g, " ").slice(-40);
  for (const { way, pattern } of patterns) {
    const words = pattern.exec(tail)?.[1];
    if (words) return { way, words };
  }
  const head = after.replace(/\s+/g, " ").slice(0, 40);
  for (const { way, pattern } of patternsAfter) {
    const words = pattern.exec(head)?.[1];
    if (words) return { way, words, after: true };
  }
  return undefined;
}

/** The figure with the words that give its direction, in their printed order: "a decrease of 20.0%", "2 percent decrease". */
export function withDirection(printed: string, direction: PrintedDirection): string {
  return direction.after ? `${printed} ${direction.words}` : `${direction.words} ${printed}`;
}
