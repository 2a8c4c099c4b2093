export type Align = "left" | "right";

/** A column of a data table, as the page shows it. */
export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly align: Align;
}

/** Records as a table: each row's cells, already written out, in the order of the columns. */
export interface DataTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * A column to show, by key, or with a label (the key otherwise), an alignment (right for numbers
 * and number-like objects otherwise) and a format for the page (the CSV file keeps the plain text).
 * A column of plain numbers is written as the site writes numbers (`numberColumnFormat`) unless given
 * a format of its own.
 */
export type ColumnOption<T> =
  | (keyof T & string)
  | { [K in keyof T & string]: { key: K; label?: string; align?: Align; format?: (value: T[K]) => string } }[keyof T &
      string];

/** A column with every choice made. */
export interface Column extends TableColumn {
  readonly format: (value: unknown) => string;
}

/** The columns to show: those given, or else every key of the rows, in the order they first appear. */
export function columns<T extends object>(data: readonly T[], options?: readonly ColumnOption<T>[]): Column[] {
  const given = options ?? [...new Set(data.flatMap((row) => Object.keys(row)))];
  return given.map((option) => {
    const {
      key,
      label = key,
      align = alignOf(data, key),
      format = defaultFormat(data, key),
    } = typeof option === "string" ? { key: option } : option;
    return { key, label, align, format: format as (value: unknown) => string };
  });
}

/** The table of `data`, each value written by its column's format. */
export function table<T extends object>(data: readonly T[], columns: readonly Column[]): DataTable {
  return {
    columns: columns.map(({ key, label, align }) => ({ key, label, align })),
    rows: data.map((row) => columns.map(({ key, format }) => format(valueAt(row, key)))),
  };
}

/** A value as plain text: nothing for a missing one, the ISO form of a date, what `toString` gives otherwise. */
export function cellText(value: unknown): string {
  if (value == null) return "";
  if (value instanceof Date) return midnight(value) ? value.toISOString().slice(0, 10) : value.toISOString();
  return String(value);
}

/** The value of `key` in a row of any shape. */
export function valueAt(row: object, key: string): unknown {
  return (row as Record<string, unknown>)[key];
}

/** A column's plain numbers as `numberColumnFormat` writes them, anything else as `cellText`. */
function defaultFormat(data: readonly object[], key: string): (value: never) => string {
  const numbers = data.map((row) => valueAt(row, key)).filter((value) => typeof value === "number");
  const format = numberColumnFormat(numbers);
  return (value: unknown) => (typeof value === "number" ? format(value) : cellText(value));
}

/**
 * How a column of plain numbers is shown to a reader: thousands separated by commas, a true minus sign
 * (U+2212), and one number of decimals for the whole column, so that its figures line up. That is as many
 * as its values have, but no more than keep two significant digits of its smallest (and at least one):
 * a chart's numbers are drawn from binary floats, and 66.34264884568651 is shown as 66.3. The CSV file
 * keeps every digit.
 */
export function numberColumnFormat(values: readonly number[]): (value: number) => string {
  const finite = values.filter(Number.isFinite);
  const given = Math.max(0, ...finite.map(decimalsOf));
  const smallest = Math.min(...finite.filter((value) => value !== 0).map(Math.abs));
  const needed = Number.isFinite(smallest) ? Math.max(1, 1 - Math.floor(Math.log10(smallest))) : 0;
  const decimals = Math.min(given, needed, 20);
  return (value) => {
    if (!Number.isFinite(value)) return String(value).replace("-", "\u2212");
    const [integer, fraction] = Math.abs(value).toFixed(decimals).split(".");
    const digits = integer!.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction ? `.${fraction}` : "");
    return value < 0 && Number(digits.replaceAll(",", "")) !== 0 ? `\u2212${digits}` : digits;
  };
}

// The digits after the point of a number as JavaScript writes it ("1e-7" counts as 7).
function decimalsOf(value: number): number {
  const [digits, exponent = "0"] = String(value).split("e");
  return Math.max(0, (digits!.split(".")[1]?.length ?? 0) - Number(exponent));
}

// Numbers line up on the right; objects here are numbers too (quantities that print themselves).
function alignOf(data: readonly object[], key: string): Align {
  const numeric = (value: unknown) =>
    value == null ||
    typeof value === "number" ||
    typeof value === "bigint" ||
    (typeof value === "object" && !(value instanceof Date));
  return data.every((row) => numeric(valueAt(row, key))) ? "right" : "left";
}

function midnight(date: Date): boolean {
  return date.getTime() % 86_400_000 === 0;
}
