import { isFact } from "#engine/facts/fact.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import type { CheckResult } from "./result.ts";

/** What the ledger keeps of a check besides its result, to find the checks it implies. */
export interface Operands {
  /** A direction's two ends. */
  readonly between?: { readonly from: Quantity; readonly to: Quantity } | undefined;
  /** A sum's parts. */
  readonly parts?: readonly Quantity[] | undefined;
}

export interface Recorded {
  readonly result: CheckResult;
  readonly operands: Operands;
}

/**
 * The directions whose verdict a passing sum of the same page already implies, each with the sums that
 * imply it. A sum `total = p₁ + … + pₙ` relates its total with each part: `total − pᵢ` is the other parts
 * added up, so when every other part has a known sign (its printed range wholly above zero, or wholly below
 * it) the direction from pᵢ to the total, or from the total to pᵢ, follows. "Net provisions are below new
 * provisions" is implied so by "net = new + revision" and a revision printed (771).
 */
export function impliedDirections(recorded: readonly Recorded[]): Map<string, string[]> {
  // Grouped by page once: a site's every direction against its every sum grew with the square of its checks.
  const sums = Map.groupBy(
    recorded.filter(
      ({ result }) => result.kind === "sumsTo" && (result.status === "exact" || result.status === "rounding"),
    ),
    ({ result }) => page(result),
  );
  const implied = new Map<string, string[]>();
  for (const { result, operands } of recorded) {
    if (result.kind !== "direction" || !operands.between) continue;
    const way = result.disclosed.hi.isFinite() ? "decrease" : "increase";
    const by = (sums.get(page(result)) ?? [])
      .filter((sum) => impliedWay(sum, operands.between!) === way)
      .map((sum) => sum.result.id);
    if (by.length) implied.set(key(result), by);
  }
  return implied;
}

/** A check's page: its file, within its filing. */
const page = ({ file, filing }: CheckResult) => JSON.stringify([filing, file]);

/** The way a sum implies `to` moved from `from`, when the two are its total and one of its parts; else undefined. */
function impliedWay(
  { result, operands }: Recorded,
  { from, to }: { from: Quantity; to: Quantity },
): "increase" | "decrease" | undefined {
  const total = result.disclosed;
  const parts = operands.parts ?? [];
  const [part, sign] = same(to, total) ? [from, 1] : same(from, total) ? [to, -1] : [undefined, 0];
  if (!part) return undefined;
  const index = parts.findIndex((candidate) => same(candidate, part));
  if (index < 0) return undefined;
  const others = parts.filter((_, i) => i !== index);
  if (others.length === 0) return undefined;
  // total − part is the other parts added up: its sign is theirs when all share one.
  const signs = new Set(others.map(knownSign));
  if (signs.size !== 1 || signs.has(0)) return undefined;
  return [...signs][0]! * sign > 0 ? "increase" : "decrease";
}

/** 1 for a range wholly above zero, −1 for one wholly below, 0 when rounding leaves the sign open. */
function knownSign({ lo, hi }: Quantity): number {
  return lo.gt(0) ? 1 : hi.lt(0) ? -1 : 0;
}

/** Two quantities that are one fact of one filing. */
function same(a: Quantity, b: Quantity): boolean {
  return isFact(a) && isFact(b) && a.filing === b.filing && a.id === b.id;
}

export function key({ filing, id }: Pick<CheckResult, "filing" | "id">): string {
  return `${filing}/${id}`;
}
