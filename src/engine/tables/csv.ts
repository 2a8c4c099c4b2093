import { cellText, valueAt, type Column } from "./table.ts";

/** `data` as CSV (RFC 4180): a header of the column labels, CRLF line ends, fields quoted when they must be. */
export function csv(data: readonly object[], columns: readonly Column[]): string {
  const records = [
    columns.map(({ label }) => label),
    ...data.map((row) => columns.map(({ key }) => cellText(valueAt(row, key)))),
  ];
  return records.map((fields) => `${fields.map(field).join(",")}\r\n`).join("");
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
