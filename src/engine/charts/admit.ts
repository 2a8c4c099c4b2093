import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { slugPattern } from "#engine/text/slug.ts";
import { chartIdHint, type Chart } from "./chart.ts";

/**
 * Charts are drawn inside a page's context, by code the page's cells can reach, so a chart is published
 * only once the host has checked what it received and made its own: markup of the elements Plot and the
 * legends draw, without scripts, event handlers or links off the page; the table as text; the CSV file
 * named by the host from the chart's slug. Only charts made here are charts (`isChart`): an object a cell
 * merely shapes like one is shown as data.
 */
// On `globalThis`, since the build gate (loaded with the config) admits the charts its worker sent, and the
// pages (loaded from the build's bundle) ask about them: two copies of this module, one set.
const admitted: WeakSet<object> = ((globalThis as { [key: symbol]: WeakSet<object> })[
  Symbol.for("recount.admitted-charts")
] ??= new WeakSet());

export function isChart(value: unknown): value is Chart {
  return typeof value === "object" && value !== null && admitted.has(value);
}

/** Elements Plot, its legends and src/engine/charts write; anything else in a chart's markup is refused. */
const elements = new Set(
  [
    "svg",
    "g",
    "text",
    "tspan",
    "line",
    "path",
    "rect",
    "circle",
    "ellipse",
    "polyline",
    "polygon",
    "title",
    "desc",
    "defs",
    "clipPath",
    "marker",
    "linearGradient",
    "radialGradient",
    "stop",
    "pattern",
    "mask",
    "use",
    "symbol",
    "style",
    "div",
    "span",
    "p",
  ].map((name) => name.toLowerCase()),
);

export function admitChart(value: unknown): Chart {
  const chart = value as Record<string, unknown>;
  if (typeof chart !== "object" || chart === null || chart.kind !== "chart")
    refuse("a chart helper returned something that is not a chart");
  const id = text(chart, "id");
  if (!slugPattern.test(id)) refuse(`chart id ${JSON.stringify(id)} is not a slug`, chartIdHint);
  // Every field is copied as data, its text checked as markup where it holds any, so that drawings at several
  // widths, say, need no change here; the table is text in rows and columns, and the CSV's name the host's.
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(chart))
    if (key !== "table" && key !== "csvName") copy[key] = data(id, key, field);
  copy.table = table(id, chart.table);
  copy.csvName = `${id}.csv`;
  for (const key of ["caption", "description", "legend", "csv"]) text(copy, key);
  const { variants } = copy;
  if (
    !Array.isArray(variants) ||
    !variants.length ||
    !variants.every((variant) => typeof variant?.width === "number" && typeof variant?.svg === "string")
  ) {
    refuse(`chart "${id}" has no drawings: its variants must each be a width and its svg`);
  }
  const admittedChart = Object.freeze(copy) as unknown as Chart;
  admitted.add(admittedChart);
  return admittedChart;
}

function text(object: Record<string, unknown>, key: string): string {
  const field = object[key];
  if (typeof field !== "string") refuse(`a chart's ${key} must be text`);
  return field;
}

function data(id: string, key: string, value: unknown): unknown {
  if (typeof value === "string") return markup(id, key, value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) return Object.freeze(value.map((item) => data(id, key, item)));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.freeze(
      Object.fromEntries(Object.entries(value).map(([name, item]) => [name, data(id, `${key}.${name}`, item)])),
    );
  }
  refuse(`chart "${id}" has a ${key} that is not data`);
}

function markup(id: string, key: string, field: string): string {
  if (!field.includes("<")) return field;
  for (const [, name, attributes] of field.matchAll(/<([A-Za-z][\w:-]*)([^>]*)>/g)) {
    if (!elements.has(name!.toLowerCase()))
      refuse(`chart "${id}" has a <${name}> element in its ${key}, which charts never draw`);
    for (const [, attribute, value = ""] of attributes!.matchAll(/([^\s=/]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = attribute!.toLowerCase();
      const unquoted = value.replace(/^["']|["']$/g, "");
      if (name.startsWith("on")) refuse(`chart "${id}" has an event handler (${attribute}) in its ${key}`);
      if ((name === "href" || name === "xlink:href") && !unquoted.startsWith("#"))
        refuse(`chart "${id}" links off the page (${attribute}="${unquoted}") in its ${key}`);
      if (/javascript:|url\(\s*["']?(?!#)/i.test(unquoted))
        refuse(`chart "${id}" refers to something off the page in an attribute of its ${key}`);
    }
  }
  if (
    /<\/?(?:script|foreignObject)\b/i.test(field) ||
    /@import|url\(\s*["']?(?!#)/i.test(field.replace(/<[^>]*>/g, ""))
  )
    refuse(`chart "${id}" has script or an external reference in its ${key}`);
  return field;
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
