/**
 * The words of a margin a percentage is set off as after the figure it is the margin of: "EBITDA was $110.9
 * million, a margin of 48.1%" is the EBITDA margin, not a share of it; so is the one a sentence after it opens
 * on ("Its margin improved to 5.4%", `earlier` the level of the sentence before). None when the clause says otherwise.
 */
export function marginWords(
  clause: string,
  level: readonly string[] | undefined,
  earlier?: readonly string[],
): readonly string[] {
  if (level?.length && /^\s*,?\s*(?:an?|its|for)\s+margin\s+of\s*$/i.test(clause)) return [...level, "margin"];
  return !level &&
    earlier?.length &&
    /^\s*Its\s+margin\s+(?:was|were|rose|fell|improved|widened|narrowed|declined|increased|decreased)\b[^,;]*?\bto\s*$/.test(
      clause,
    )
    ? [...earlier, "margin"]
    : [];
}
