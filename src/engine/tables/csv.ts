import { cellText, valueAt, type Column } from "./table.ts";

/** `data` as CSV (RFC 4180): a header of the column labels, CRLF line ends, fields quoted when they must be. */
export function csv(data: readonly object[], columns: readonly Column[]): string {
  const records = [
    columns.map(({ label }) => label),
    ...data.map((row) => columns.map(({ key }) => cellText(valueAt(row, key)))),
  ];
  return records.map((fields) => `${fields.map((text) => field(neutralised(text))).join(",")}\r\n`).join("");
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** What a spreadsheet starts a formula with at a cell's start: OWASP's list for CSV injection. */
const formulaStarts = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3+cmd|…`) gets a leading
 * apostrophe, as OWASP recommends, so it shows as the text it is; a number (`-771`), which no spreadsheet
 * reads as more than a number, stays one, so the column still adds up.
 */
function neutralised(text: string): string {
  if (!formulaStarts.has(text[0] ?? "")) return text;
  return text.trim() === text && Number.isFinite(Number(text)) ? text : `'${text}`;
}
