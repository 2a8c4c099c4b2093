import type { FromHost } from "./wire.ts";

/**
 * A string, boolean, number or undefined as it crosses the bridge, either way: JSON where JSON can say it,
 * ["n", text] for a number it cannot (NaN, ±Infinity, -0), ["u"] for undefined; undefined for any other
 * value. Shared by the host (wire.ts) and the prelude, which is bundled with it: it holds nothing of the
 * host's.
 */
export function primitiveOnWire(value: unknown): FromHost | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0)
        ? value
        : ["n", Object.is(value, -0) ? "-0" : String(value)];
    case "undefined":
      return ["u"];
    default:
      return undefined;
  }
}
