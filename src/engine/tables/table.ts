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
      format = cellText,
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
