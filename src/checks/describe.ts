import { isFact } from "../facts/fact.ts";
import { formatQuantity } from "../quantity/format.ts";
import type { Quantity } from "../quantity/quantity.ts";

/** A quantity for a message: its value, and the fact or formula it comes from. */
export function describe(quantity: Quantity): string {
  const printed = formatQuantity(quantity);
  const origin = isFact(quantity) ? quantity.id : quantity.formula;
  return origin === printed ? printed : `${printed} (${origin})`;
}
