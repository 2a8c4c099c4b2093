import type { PrintedDirection } from "./direction.ts";
import { isQuantity, type Quantity } from "#engine/quantity/quantity.ts";

/** What the text says about a number beyond its digits. It changes the interval; it is never dropped. */
export type Qualifier = "more-than" | "at-least" | "less-than" | "at-most" | "approximately";

/** A duration (FY2022, H1 2024, 2024-01-01..2024-09-27) or an instant (2024-06-30). */
export type Period =
  | { readonly kind: "duration"; readonly start: string; readonly end: string; readonly label: string }
  | { readonly kind: "instant"; readonly date: string; readonly label: string };

/** Where a fact's printed form sits in the filing's source text. */
export type Anchor =
  | { readonly kind: "quote"; readonly quote: string }
  | { readonly kind: "cell"; readonly table: string; readonly row: string; readonly column: string };

/** A span of the source text: character offsets [start, end) and the 1-based line of start. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/** A number the filing discloses, parsed from the source text at its anchor. */
export interface Fact extends Quantity {
  /** Readable, stable id within its filing, e.g. `provisions.net.2022`. */
  readonly id: string;
  readonly filing: string;
  readonly label: string;
  readonly period: Period;
  /**
   * As the source prints it, read at the anchor: "RMB 17.0 billion", "(771)", "34.2%"; the high end of a range
   * with the estimate its low end is printed with ("approximately $0.14" of "approximately $0.12 to $0.14"), as a
   * reader takes it, so that no page shows it without its word.
   */
  readonly printed: string;
  readonly qualifier: Qualifier | undefined;
  /** The direction the words before it print ("a decrease of"): a decrease is read as negative. */
  readonly direction: PrintedDirection | undefined;
  readonly anchor: Anchor;
  /** The sentence (or table row) the number stands in, verbatim, for messages and the source page. */
  readonly quote: string;
  /** The printed number's span in source.txt, and the quote's. */
  readonly span: SourceSpan;
  readonly quoteSpan: SourceSpan;
  /** Where the fact is declared: the facts file and line. */
  readonly file: string;
  readonly line: number;
}

/** Where a fact read from a table cell is, in words: `row "Total revenues", column "2023" of table revenues`. */
export function cellPlace({ anchor }: Pick<Fact, "anchor">): string | undefined {
  return anchor.kind === "cell" ? `row "${anchor.row}", column "${anchor.column}" of table ${anchor.table}` : undefined;
}

/** Whether a value is a disclosed fact, as opposed to a quantity computed or written down in a notebook. */
export function isFact(value: unknown): value is Fact {
  if (!isQuantity(value)) return false;
  const { printed, anchor } = value as Partial<Fact>;
  return typeof printed === "string" && typeof anchor === "object" && anchor !== null;
}
