import type { PrintedDirection } from "#engine/facts/direction.ts";
import type { Qualifier } from "#engine/facts/fact.ts";
import type { Scale, Unit } from "#engine/quantity/unit.ts";

/** A number of the source proposed as a fact: what it reads as, a proposed id, label and period, and its anchor. */
export interface FactCandidate {
  readonly id: string;
  readonly label: string;
  /** As facts files write it (FY2024, 2024-12-31); undefined when the sentence states none. */
  readonly period: string | undefined;
  /** The number as the source prints it, and how it reads: unit and scale (a table's unit line applied), sign, qualifier. */
  readonly printed: string;
  readonly unit: Unit | undefined;
  readonly scale: Scale | undefined;
  readonly sign: "positive" | "negative";
  /** The direction the words before it print, which makes "a decrease of 5%" negative. */
  readonly direction: PrintedDirection | undefined;
  readonly qualifier: Qualifier | undefined;
  /** A sentence that prints it, with the number named when it prints several; or a table cell. */
  readonly anchor:
    | { readonly quote: string; readonly number: string | undefined }
    | { readonly table: string; readonly row: string; readonly column: string };
  /** Its line in the source. */
  readonly line: number;
}
