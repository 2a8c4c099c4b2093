import { findCandidates } from "#tools/scaffold/candidates.ts";

/** The fact candidates the scaffold proposes for a text, as id and period. */
export function proposedIds(text: string): (string | undefined)[][] {
  return findCandidates(text).facts.map(({ id, period }) => [id, period]);
}
