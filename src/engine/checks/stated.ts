import { formatInterval } from "#engine/quantity/format.ts";
import type { CheckResult } from "./result.ts";

/**
 * What a check compares against, in words: a direction's stated change reads "a decrease", not as the
 * interval below zero that the engine compares with; anything else reads as its interval.
 */
export function statedText({ kind, disclosed }: CheckResult): string {
  if (kind === "direction") return disclosed.hi.isFinite() ? "a decrease" : "an increase";
  return formatInterval(disclosed);
}

/**
 * What a reader is told about a check besides its outcome: that its direction is Recount's reading, not
 * the filing's, that it follows from others, reads one sentence for consistency, or compares approximate
 * figures. Empty for an independent, exact-figure check.
 */
export function readingNote({ reading, derivedFrom, approximate, sides }: CheckResult): string {
  const notes = [
    sides.disclosed === "inferred" ? "Recount's reading of the figures: the filing does not state this direction" : "",
    reading === "derived" ? `derived: follows from ${derivedFrom.join(", ")}` : "",
    reading === "consistency" ? "a consistency reading: both figures are printed in one passage" : "",
    approximate ? 'approximate: a figure is printed "approximately"' : "",
  ];
  return notes.filter(Boolean).join("; ");
}
