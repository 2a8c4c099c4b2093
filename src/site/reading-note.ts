import { readingNote, type CheckResult } from "#engine/checks/index.ts";
import { siteReport } from "#build/gate/report.ts";

/** A check's reading note in a reader's words: the checks a derived one follows from named by their labels, not their ids. */
export async function readerReadingNote(check: CheckResult): Promise<string> {
  if (check.derivedFrom.length === 0) return readingNote(check);
  const labels = new Map(
    (await siteReport()).ledger
      .results()
      .filter((other) => other.filing === check.filing)
      // Labels, not quotations: marks around them would read as the filing's words.
      .map((other) => [other.id, other.label]),
  );
  return readingNote({ ...check, derivedFrom: check.derivedFrom.map((id) => labels.get(id) ?? id) });
}
