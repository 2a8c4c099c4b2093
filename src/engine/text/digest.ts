import { createHash } from "node:crypto";

/** A text's SHA-256, in hex: two texts with one digest are the same text. */
export function digest(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
