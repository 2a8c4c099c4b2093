/**
 * What a number measures. Currencies never mix without an explicit, sourced rate, nor durations in
 * different units: a filing's "months" are not always 30 days. A multiple ("2.4 times") is a ratio.
 */
export const units = ["RMB", "USD", "percent", "ratio", "count", "months", "days", "years"] as const;
export type Unit = (typeof units)[number];
export type Currency = Extract<Unit, "RMB" | "USD">;
export type Duration = Extract<Unit, "months" | "days" | "years">;

/** The units as an editor writes them in `unit:`, for hints. */
export const unitList = `${units.slice(0, -1).join(", ")} or ${units.at(-1)}`;

/** The scale word a filing prints ("RMB 17.0 billion", "RMB in millions"). */
export type Scale = "one" | "thousand" | "million" | "billion" | "trillion";

export const scaleExponent: Record<Scale, number> = { one: 0, thousand: 3, million: 6, billion: 9, trillion: 12 };

export function isCurrency(unit: Unit): unit is Currency {
  return unit === "RMB" || unit === "USD";
}

export function isDuration(unit: Unit): unit is Duration {
  return unit === "months" || unit === "days" || unit === "years";
}
