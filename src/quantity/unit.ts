/** What a number measures. Currencies never mix without an explicit, sourced rate. */
export type Currency = "RMB" | "USD";
export type Unit = Currency | "percent" | "ratio" | "count";

/** The scale word a filing prints ("RMB 17.0 billion", "RMB in millions"). */
export type Scale = "one" | "thousand" | "million" | "billion" | "trillion";

export const scaleExponent: Record<Scale, number> = { one: 0, thousand: 3, million: 6, billion: 9, trillion: 12 };

export function isCurrency(unit: Unit): unit is Currency {
  return unit === "RMB" || unit === "USD";
}
