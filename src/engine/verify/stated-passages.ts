import type { CheckResult } from "#engine/checks/index.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { plainText } from "#engine/facts/plain.ts";
import type { SourceReader } from "#engine/prose/check-words.ts";
import { findQuotation } from "#engine/prose/find-quotation.ts";

/**
 * A direction labelled stated names the passage of its filing that states it; like any quotation, the
 * passage must be in the filing's source, or the check fails at its cell.
 */
export function statedPassageErrors(results: readonly CheckResult[], source: SourceReader): RecountError[] {
  return results.flatMap(({ id, filing, passage, file, line }) => {
    if (passage === undefined) return [];
    const text = source(filing);
    const finding = text ? findQuotation(text, plainText(passage)) : undefined;
    if (!text || !finding || finding.found) return [];
    const { closest } = finding;
    return [
      new RecountError(
        `check "${id}" says its filing states the direction, but ${text.file} does not print the passage it names: "${passage}"`,
        {
          location: { file, line },
          hint: `the closest passage, at line ${closest.line}, reads "${closest.text}"; copy the words that state the direction from the source verbatim (… for words left out), or leave stated out, and the direction is labelled Recount's reading of the figures`,
        },
      ),
    ];
  });
}
