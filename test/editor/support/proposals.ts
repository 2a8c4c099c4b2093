import { findCandidates } from "#tools/scaffold/candidates.ts";

/** The fact candidates the scaffold proposes for a text (filed on the day given, if one is), as id and period. */
export function proposedIds(text: string, filed?: string): (string | undefined)[][] {
  return findCandidates(text, { filed }).facts.map(({ id, period }) => [id, period]);
}

/** The printed numbers the scaffold proposes to ignore in a text, sorted. */
export function ignoredNumbers(text: string): string[] {
  return findCandidates(text)
    .ignores.flatMap(({ covers }) => covers.map(({ printed }) => printed))
    .sort();
}
