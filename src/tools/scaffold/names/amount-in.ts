import { leadingWords } from "./words.ts";

/**
 * What an amount is in, named after it, where the clause before it ends on "paid" or on a verb's "with": "paid
 * $8.6 million in dividends" is the dividends paid, "ended the quarter with $260 million in cash" the cash.
 */
export function amountInWords(clause: string, following: string): string[] {
  const noun = leadingWords(/^\s*in\s+([^,.;:()\d]*)/i.exec(following)?.[1] ?? "");
  if (!noun.length) return [];
  if (/\bpaid\s*$/i.test(clause)) return [...noun, "paid"];
  return /\b[a-z]{2,}ed\b[^,;]*\bwith\s*$/i.test(clause) ? noun : [];
}
