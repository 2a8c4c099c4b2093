/**
 * Honest labels for what a cell shows that is neither disclosed nor checked: an illustration (made-up
 * inputs, to show how a formula behaves) or a statement the disclosures cannot verify.
 */
export interface Illustrative<T = unknown> {
  readonly kind: "illustrative";
  readonly value: T;
  /** Why the value is only an illustration: what was assumed. */
  readonly note: string;
}

export interface NotVerifiable {
  readonly kind: "not-verifiable";
  /** The statement, as the filing makes it. */
  readonly statement: string;
  /** What the disclosures lack to check it. */
  readonly why: string;
  /** The filing whose words the statement is, when not the page's own. */
  readonly filing?: string;
}

export function illustrative<T>(value: T, note: string): Illustrative<T> {
  return { kind: "illustrative", value, note };
}

/** A statement shown as the filing's words, so checked against its source like any quotation (src/engine/prose). */
export function notVerifiable(statement: string, why: string, { filing }: { filing?: string } = {}): NotVerifiable {
  return filing === undefined
    ? { kind: "not-verifiable", statement, why }
    : { kind: "not-verifiable", statement, why, filing };
}
