/**
 * The words of a margin a percentage is set off as after the figure it is the margin of: "EBITDA was $110.9
 * million, a margin of 48.1%" is the EBITDA margin, not a share of it. None when the clause says otherwise.
 */
export function marginWords(clause: string, level: readonly string[] | undefined): readonly string[] {
  return level?.length && /^\s*,?\s*(?:an?|its|for)\s+margin\s+of\s*$/i.test(clause) ? [...level, "margin"] : [];
}
