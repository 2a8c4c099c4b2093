import { href } from "./url.ts";

/** Permalinks of the things a reader can point at: a fact in its source, a check in its ledger. */
export const factHref = (filing: string, id: string) => href(`filings/${filing}/source/#fact-${id}`);
export const checkHref = (filing: string, id: string) => href(`filings/${filing}/ledger/#check-${id}`);

/** A qualified fact id, `filing/fact.id`, split. */
export function splitFactRef(ref: string): { filing: string; id: string } {
  const slash = ref.indexOf("/");
  return { filing: ref.slice(0, slash), id: ref.slice(slash + 1) };
}
