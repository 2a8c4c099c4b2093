import type { CheckResult } from "#engine/checks/index.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { FactsRegistry } from "#engine/facts/registry.ts";
import { plainText } from "#engine/facts/plain.ts";
import { misquotation, type SourceReader } from "#engine/prose/check-words.ts";

/**
 * A direction labelled stated names the passage of its filing that states it; like any quotation, the
 * passage must be in the filing's source, or the check fails at its cell.
 */
export function statedPassageErrors(
  results: readonly CheckResult[],
  context: { readonly facts: FactsRegistry; readonly source: SourceReader },
): RecountError[] {
  return results.flatMap(({ id, filing, passage, file, line }) => {
    if (passage === undefined) return [];
    const problem = misquotation(plainText(passage), filing, context);
    if (!problem) return [];
    return [
      new RecountError(`check "${id}" says the filing states its direction, but ${problem.message.replace(/^quotation/, "the passage")}`, {
        location: { file, line },
        hint: `${problem.hint}; or leave stated out, and the direction is labelled Recount's reading of the figures`,
      }),
    ];
  });
}
