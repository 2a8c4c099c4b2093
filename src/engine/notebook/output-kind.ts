import { chartTexts, isChart } from "#engine/charts/admit.ts";
import type { Chart } from "#engine/charts/index.ts";
import { type CheckResult, isRecordedCheck } from "#engine/checks/index.ts";
import { isFact, type Fact } from "#engine/facts/fact.ts";
import { isQuantity, type Quantity } from "#engine/quantity/quantity.ts";
import type { Illustrative, NotVerifiable } from "#engine/checks/labels.ts";
import { columns } from "#engine/tables/table.ts";

/** What a cell's value is, for choosing how to show it, and what the words and findings read in it. */
export type Output =
  | { readonly kind: "chart"; readonly value: Chart }
  | { readonly kind: "check"; readonly value: CheckResult }
  | { readonly kind: "fact"; readonly value: Fact }
  | { readonly kind: "quantity"; readonly value: Quantity }
  | { readonly kind: "illustrative"; readonly value: Illustrative }
  | { readonly kind: "not-verifiable"; readonly value: NotVerifiable }
  | { readonly kind: "records"; readonly value: readonly Record<string, unknown>[] }
  | { readonly kind: "list"; readonly value: readonly unknown[] }
  | { readonly kind: "text"; readonly value: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/**
 * Classifies a value: a chart by the host's admission, a check by a ledger's record of it, the rest by
 * shape, which cells cannot forge since their values reach the host as plain data, and only the host's
 * objects hold decimals.
 */
export function outputKind(value: unknown): Output {
  if (isObject(value)) {
    // A chart is one the host admitted (see charts/admit.ts); an object shaped like one is data.
    if (isChart(value)) return { kind: "chart", value };
    if (value.kind === "illustrative") return { kind: "illustrative", value: value as unknown as Illustrative };
    if (value.kind === "not-verifiable") return { kind: "not-verifiable", value: value as unknown as NotVerifiable };
    if (isRecordedCheck(value)) return { kind: "check", value };
    if (isFact(value)) return { kind: "fact", value };
    if (isQuantity(value)) return { kind: "quantity", value };
  }
  if (Array.isArray(value)) {
    const records =
      value.length > 0 && value.every((row) => !Array.isArray(row) && isObject(row) && outputKind(row).kind === "text");
    return records ? { kind: "records", value: value as Record<string, unknown>[] } : { kind: "list", value };
  }
  return { kind: "text", value: typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)) };
}

/** Every value a cell output holds, itself included: inside lists, table rows and labels. */
export function valuesIn(value: unknown): unknown[] {
  const output = outputKind(value);
  if (output.kind === "list") return [value, ...output.value.flatMap(valuesIn)];
  if (output.kind === "records") return [value, ...output.value.flatMap((row) => Object.values(row).flatMap(valuesIn))];
  if (output.kind === "illustrative") return [value, ...valuesIn(output.value.value)];
  return [value];
}

/** A text an output shows; `figures: false` where its numbers are held to their qualifiers otherwise. */
export interface ShownText {
  readonly text: string;
  readonly figures: boolean;
}

/**
 * The words an output puts on the page as text, as the page shows them (site/Output.astro, charts/figure.ts):
 * text, a table's column labels and cells, a label's note and reasons, a chart's caption, description, data
 * table and the words of its drawings and legends (axis labels, text marks), whose figures are read for
 * quotations only: the chart's own check holds its data to their qualifiers, in a column of their own, and
 * an axis's ticks are no figure of the filing's.
 * Figures (a fact, a quantity) print themselves and are not among them; a notVerifiable statement is a
 * quotation of its own, and a check's words are read from the ledger, shown or not (`cellWordErrors`).
 */
export function shownTexts(value: unknown): ShownText[] {
  const shown = (text: string, figures = true): ShownText => ({ text, figures });
  const output = outputKind(value);
  switch (output.kind) {
    case "text":
      // Other values show as JSON, whose quote marks are its syntax, not a quotation.
      return typeof value === "string" || typeof value === "number" ? [shown(output.value)] : [];
    case "list":
      return output.value.flatMap(shownTexts);
    case "records": {
      const recordColumns = columns(output.value);
      return [
        ...recordColumns.map(({ label }) => shown(label)),
        ...output.value.flatMap((row) =>
          recordColumns.flatMap(({ key, format }) => {
            const cell = row[key];
            return isFact(cell) || isQuantity(cell) ? [] : [shown(format(cell))];
          }),
        ),
      ];
    }
    case "illustrative":
      return [shown(output.value.note), ...shownTexts(output.value.value)];
    case "not-verifiable":
      return [shown(output.value.why)];
    case "chart": {
      const { caption, description, table } = output.value;
      const drawn = chartTexts(output.value);
      return [
        ...[caption, description, ...table.columns.map(({ label }) => label)].map((text) => shown(text)),
        ...[...table.rows.flat(), ...drawn].map((text) => shown(text, false)),
      ];
    }
    default:
      return [];
  }
}
