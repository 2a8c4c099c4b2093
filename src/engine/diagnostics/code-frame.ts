/** The lines around `line` (1-based) with numbers and a marker, as compilers show them. */
export function codeFrame(text: string, line: number, { context = 2 }: { context?: number } = {}): string {
  const lines = text.split("\n");
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const rows: string[] = [];
  for (let n = first; n <= last; n++) {
    rows.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${lines[n - 1]}`);
  }
  return rows.join("\n");
}
