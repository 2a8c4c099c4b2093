import { formatInterval } from "../quantity/format.ts";
import type { CheckResult } from "./result.ts";

/**
 * What a check compares against, in words: a direction's stated change reads "a decrease", not as the
 * interval below zero that the engine compares with; anything else reads as its interval.
 */
export function statedText({ kind, disclosed }: CheckResult): string {
  if (kind === "direction") return disclosed.hi.isFinite() ? "a decrease" : "an increase";
  return formatInterval(disclosed);
}
