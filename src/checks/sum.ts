import { RecountError } from "../diagnostics/recount-error.ts";
import { Down, Nearest, Up } from "../quantity/precise.ts";
import type { Quantity } from "../quantity/quantity.ts";
import { computed, finest, operand, precedence, precedenceOf } from "./computed.ts";
import { requireSameUnit } from "./units.ts";

/** The sum of `parts`, its interval the sum of theirs, end to end: [Σ lo, Σ hi]. */
export function sum(parts: readonly Quantity[]): Quantity {
  const [first] = parts;
  if (!first) throw new RecountError("cannot sum no parts", { hint: "pass the parts as a list: sum([a, b, c])" });
  for (const part of parts) requireSameUnit("add", first, part);
  return computed({
    value: parts.reduce((total, part) => Nearest.add(total, part.value), new Nearest(0)),
    lo: parts.reduce((total, part) => Down.add(total, part.lo), new Down(0)),
    hi: parts.reduce((total, part) => Up.add(total, part.hi), new Up(0)),
    unit: first.unit,
    ...finest(parts),
    formula: parts.map((part) => operand(part, precedence.sum)).join(" + "),
    precedence: parts.length > 1 ? precedence.sum : precedenceOf(first),
    inputs: parts,
  });
}
