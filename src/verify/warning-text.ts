import type { LedgerWarning } from "../checks/index.ts";

/** A ledger warning as an editor reads it: where, which check, what. */
export function warningText({ file, line, id, message }: LedgerWarning): string {
  return `${file}:${line} ${id}: ${message}`;
}
