import type { Quantity } from "../quantity/quantity.ts";
import { sum } from "./sum.ts";

/** a + b. */
export function add(a: Quantity, b: Quantity): Quantity {
  return sum([a, b]);
}
