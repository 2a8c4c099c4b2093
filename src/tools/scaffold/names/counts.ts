import { qualifying } from "./clauses.ts";
import { leadingWords } from "./words.ts";

/** What a count counts: "borrowers", "users", "MAUs"… A bare number naming one of these is proposed as a count. */
export const countNouns =
  /\b(?:users?|borrowers?|customers?|clients?|merchants?|members?|subscribers?|employees?|people|staff|accounts?|investors?|partners?|institutions?|stores?|branches|orders?|transactions?|shares?|[MD]AUs?|visitors?|drivers?|vehicles?|tractors?|trailers?|policies|players?|sellers?|buyers?|households?|properties|restaurants|locations|hotels|units)\b/i;

/** Whether a figure printed without a unit counts something, by the words that name it or follow it. */
export function isCount(words: readonly string[], after: string): boolean {
  return countNouns.test(words.join(" ")) || countNouns.test(leadingWords(after).slice(0, 3).join(" "));
}

/** A noun's plural: room → rooms, property → properties, branch → branches. */
export function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(?:s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

/** What holders count: a number of them is a balance, held on a day, not a flow over a period. */
const holderNouns =
  /^(?:customers|clients|subscribers|members|employees|accounts|stores|branches|locations|restaurants|hotels|households)$/i;

/**
 * Whether a name counts holders ("fibre subscribers", "employees"): a count of them is a balance on a day. Not
 * those counted over a period: "monthly active members", "new customers", "average subscribers".
 */
export function countsHolders(words: readonly string[]): boolean {
  return holderNouns.test(words.at(-1) ?? "") && !words.some(overPeriod);
}

/** What a lender holds or owes, or a maker has on order: an amount of them is a balance on a day, as a count of holders is. */
const balanceNouns = /^(?:loans|deposits|assets|liabilities|borrowings|backlog)$/i;

/**
 * Whether a figure's name is of what is held on a day, not done over a period: holders counted, or an amount
 * or a percentage (not a count: "6,840,000 loans" were made) of a balance ("total deposits", "net loans"; not "loans
 * originated", "investment in fixed assets", "average loans" or "new loans").
 */
export function heldOnDay(words: readonly string[], amount: boolean): boolean {
  // The noun before what qualifies it: "comparable store sales in mall stores" are sales, not stores.
  const qualified = words.findIndex((word) => qualifying.has(word.toLowerCase()));
  const named = qualified < 0 ? words : words.slice(0, qualified);
  return countsHolders(named) || (amount && balanceNouns.test(named.at(-1) ?? "") && !words.some(overPeriod));
}

/** A word that makes what it qualifies done or counted over a period: "monthly active members", "average loans", "unique customers". */
function overPeriod(word: string): boolean {
  return /^(?:daily|weekly|monthly|quarterly|annual|average|active|new|paying|unique)$/i.test(word);
}

/** A base of holders is the holders: "the business customer base" counts business customers. */
export function holderBase(words: readonly string[]): readonly string[] {
  const [holder, base] = words.slice(-2);
  return base?.toLowerCase() === "base" && holder && countsHolders([plural(holder)])
    ? [...words.slice(0, -2), plural(holder)]
    : words;
}
