import { cellPlace, isFact } from "#engine/facts/fact.ts";
import { formatQuantity } from "#engine/quantity/format.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";

/** A quantity for a message: its value, and the fact or formula it comes from. */
export function describe(quantity: Quantity): string {
  const printed = formatQuantity(quantity);
  const cell = isFact(quantity) ? cellPlace(quantity) : undefined;
  const origin = isFact(quantity) ? (cell ? `${quantity.id}, ${cell}` : quantity.id) : quantity.formula;
  return origin === printed ? printed : `${printed} (${origin})`;
}
