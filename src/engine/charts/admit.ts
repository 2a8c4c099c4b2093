import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { slugPattern } from "#engine/text/slug.ts";
import { chartIdHint, chartIds, chartWidths, type ChartWidth } from "./chart-ids.ts";
import type { Chart } from "./chart.ts";
import { admitMarkup, markupTexts } from "./markup.ts";
import { handedOver } from "#engine/state/state.ts";

/**
 * Charts are drawn inside a page's context, by code the page's cells can reach, so a chart is published
 * only once the host has checked what it received and made its own: the drawings and legends parsed, held
 * to the elements, attributes and CSS Plot and the legends write, and written anew from the tree that was
 * checked (markup.ts), so nothing in them runs or loads from elsewhere; the table as text; the CSV file
 * named by the host from the chart's slug. Only charts made here are charts (`isChart`): an object a cell
 * merely shapes like one is shown as data.
 */
// Handed over, since the build gate (loaded with the config) admits the charts its worker sent, and the
// pages (loaded from the build's bundle) ask about them: two copies of this module, one set.
const admitted = handedOver("the charts admitted", () => new WeakSet<object>());

export function isChart(value: unknown): value is Chart {
  return typeof value === "object" && value !== null && admitted.get().has(value);
}

export function admitChart(value: unknown): Chart {
  const chart = value as Record<string, unknown>;
  if (typeof chart !== "object" || chart === null || chart.kind !== "chart")
    refuse("a chart helper returned something that is not a chart");
  const id = text(chart, "id");
  if (!slugPattern.test(id)) refuse(`chart id ${JSON.stringify(id)} is not a slug`, chartIdHint);
  const ids = chartIds(id);
  const inField =
    (field: string) =>
    (problem: string): never =>
      refuse(
        `chart "${id}" has ${problem} in its ${field}`,
        "take out what the chart's options add to Plot's drawing (a mark's render, a style, a class): a chart publishes what Plot draws, and nothing that runs, links or loads from elsewhere",
      );
  // Every other field is copied as data, so that a new one needs no change here; but only the drawings and
  // the legends are markup, parsed and written anew (markup.ts): a page shows any other text escaped.
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(chart))
    if (!["table", "csvName", "variants", "legend"].includes(key))
      copy[key] = textFields.has(key) ? field : data(id, key, field);
  for (const key of ["caption", "description", "csv"]) text(copy, key);
  const legend = admitMarkup(text(chart, "legend"), "html", ids.prefix, inField("legend"));
  const drawings = variants(id, chart.variants).map(({ width, svg }) => ({
    width,
    ...admitMarkup(svg, "svg", ids.variant(width as ChartWidth), inField("variants.svg")),
  }));
  copy.legend = legend.markup;
  copy.variants = drawings.map(({ width, markup }) => Object.freeze({ width, svg: markup }));
  copy.table = table(id, chart.table);
  copy.csvName = `${id}.csv`;
  const admittedChart = Object.freeze(copy) as unknown as Chart;
  admitted.get().add(admittedChart);
  texts.set(admittedChart, [...new Set([legend, ...drawings].flatMap((drawn) => drawn.texts))]);
  return admittedChart;
}

// The words of each chart admitted here, read as it was parsed: a chart come back from another thread or the
// cache (readmitChart) has none kept, and is read again.
const texts = new WeakMap<Chart, readonly string[]>();

/** The words a chart's drawings and legend show a reader (markup.ts, `markupTexts`), each once. */
export function chartTexts(chart: Chart): readonly string[] {
  return texts.get(chart) ?? [...new Set([chart.legend, ...chart.variants.map(({ svg }) => svg)].flatMap(markupTexts))];
}

/**
 * A chart `admitChart` returned, come back as data from another thread of the host or from the page cache
 * (verify/transfer.ts packs nothing else as a chart, and no key a cell writes looks like its tag): known
 * as a chart again, frozen as it was, without parsing what was written anew when it was admitted. Parsing
 * it again was a twentieth of a build's main thread, every chart admitted twice.
 */
export function readmitChart(value: Chart): Chart {
  const chart = Object.freeze({
    ...value,
    variants: value.variants.map((variant) => Object.freeze({ ...variant })),
  }) as Chart;
  admitted.get().add(chart);
  return chart;
}

function variants(id: string, value: unknown): { width: number; svg: string }[] {
  const drawings = Array.isArray(value) ? [...(value as unknown[])] : [];
  const widths = new Set<unknown>(chartWidths);
  if (
    !drawings.length ||
    !drawings.every(
      (variant) =>
        typeof variant === "object" &&
        variant !== null &&
        widths.has((variant as { width?: unknown }).width) &&
        typeof (variant as { svg?: unknown }).svg === "string",
    )
  )
    refuse(`chart "${id}" has no drawings: its variants must each be one of the chart widths and its svg`);
  return drawings as { width: number; svg: string }[];
}

function text(object: Record<string, unknown>, key: string): string {
  const field = object[key];
  if (typeof field !== "string") refuse(`a chart's ${key} must be text`);
  return field;
}

/** The fields a page shows as text, escaped: whatever they hold, they are never markup. */
const textFields = new Set(["kind", "id", "caption", "description", "csv"]);

function data(id: string, key: string, value: unknown): unknown {
  // A field no page knows yet holds no markup: a new field shown as markup must be admitted as the drawings are.
  if (typeof value === "string" && value.includes("<"))
    refuse(`chart "${id}" has markup in its ${key}: only its drawings and legends are markup, admitted as such`);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value === null)
    return value;
  if (Array.isArray(value)) return Object.freeze(value.map((item) => data(id, key, item)));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.freeze(
      Object.fromEntries(Object.entries(value).map(([name, item]) => [name, data(id, `${key}.${name}`, item)])),
    );
  }
  refuse(`chart "${id}" has a ${key} that is not data`);
}

function table(id: string, value: unknown): Chart["table"] {
  const { columns, rows } = (value ?? {}) as { columns?: unknown; rows?: unknown };
  const isText = (item: unknown) => typeof item === "string";
  const columnsOk =
    Array.isArray(columns) &&
    columns.every(
      (column) =>
        isText(column?.key) && isText(column?.label) && (column?.align === "left" || column?.align === "right"),
    );
  const rowsOk = Array.isArray(rows) && rows.every((row) => Array.isArray(row) && row.every(isText));
  if (!columnsOk || !rowsOk) refuse(`chart "${id}" has a data table that is not text in rows and columns`);
  return {
    columns: (columns as Chart["table"]["columns"]).map(({ key, label, align }) => ({ key, label, align })),
    rows: (rows as string[][]).map((row) => [...row]),
  };
}

function refuse(
  message: string,
  hint = "draw charts with chart(), timeline() or Plot inside chart(); a chart is published only as chart() makes it",
): never {
  throw new RecountError(message, { hint });
}
