import Decimal from "decimal.js";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { formatAmount } from "./format.ts";
import { Nearest } from "./precise.ts";
import type { Quantity } from "./quantity.ts";
import { scaleExponent } from "./unit.ts";
import type { Scale, Unit } from "./unit.ts";

/**
 * A number known exactly, as written at `scale` (thousands separators allowed): a constant such as
 * 100 %, or a definition.
 * Its interval is a point and it comes from no disclosed fact.
 */
export function exact(value: Decimal.Value, unit: Unit, { scale = "one" }: { scale?: Scale } = {}): Quantity {
  const printed = parse(value);
  const base = new Decimal(Nearest.mul(printed, 10 ** scaleExponent[scale]));
  const decimals = printed.decimalPlaces();
  return {
    value: base,
    lo: base,
    hi: base,
    unit,
    scale,
    decimals,
    formula: formatAmount(base, { unit, scale, decimals }),
    facts: [],
  };
}

function parse(value: Decimal.Value): Decimal {
  try {
    const number = new Decimal(typeof value === "string" ? value.replaceAll(",", "") : value);
    if (number.isFinite()) return number;
  } catch {
    // reported below, in an editor's words
  }
  throw new RecountError(`cannot read ${JSON.stringify(String(value))} as an exact number`, {
    hint: `write digits, such as exact(100, "percent") or exact("0.5", "ratio")`,
  });
}
