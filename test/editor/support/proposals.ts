import { findCandidates } from "#tools/scaffold/candidates.ts";

/** The fact candidates the scaffold proposes for a text, as id and period. */
export function proposedIds(text: string): (string | undefined)[][] {
  return findCandidates(text).facts.map(({ id, period }) => [id, period]);
}

/** The printed numbers the scaffold proposes to ignore in a text, sorted. */
export function ignoredNumbers(text: string): string[] {
  return findCandidates(text)
    .ignores.flatMap(({ covers }) => covers.map(({ printed }) => printed))
    .sort();
}
