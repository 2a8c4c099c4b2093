import Decimal from "decimal.js";
import { isChart, readmitChart } from "#engine/charts/admit.ts";
import type { Chart } from "#engine/charts/chart.ts";
import { asRecordedCheck, isRecordedCheck, Ledger } from "#engine/checks/index.ts";
import type { CheckResult } from "#engine/checks/index.ts";
import { Down, Nearest, Up } from "#engine/quantity/precise.ts";
import type { Report } from "./verify.ts";

/**
 * A passing report as one message from the thread that verified the content to the thread that renders
 * the pages. Structured cloning keeps plain data, maps and sets but not classes: decimals travel as text
 * with the rounding they compute with, the ledger as its results, charts as the host admitted them. Cells'
 * values are host data already (the sandbox copies them out of the page's context, a function as an
 * `{ opaque }` description), and no key a cell writes starts with U+0000, as the tags below do.
 */
export interface TransferredReport {
  /** The report, its decimals, charts and ledger tagged: for structured cloning only, and `unpackReport`. */
  readonly report: unknown;
}

/** The decimal constructors a report holds, by the rounding their arithmetic does. */
const decimals = [Nearest, Down, Up, Decimal] as const;

// Keys no value made by the engine or a cell has, so a tagged object cannot be mistaken for data.
const decimalTag = "\u0000recount:decimal";
const ledgerTag = "\u0000recount:ledger";
const chartTag = "\u0000recount:chart";
const checkTag = "\u0000recount:check";

/** What each object was packed as, so that shared and circular references stay so. */
type Packing = Map<object, unknown>;

export function packReport({ filings, facts, notebooks, ledger }: Report): TransferredReport {
  // One packing for the whole report: a check is both in the ledger and a cell's output, and stays one object.
  return { report: pack({ filings, facts, ledger, notebooks }, new Map()) };
}

export function unpackReport({ report }: TransferredReport): Report {
  const { filings, facts, notebooks, ledger } = revive(report, new Map()) as Omit<Report, "errors">;
  return { filings, facts, notebooks, ledger, errors: [], reused: [] };
}

/** Any value of a report as plain data, for another thread or a file (see page-cache.ts); `unpack` reverses it. */
export function pack(value: unknown, packing: Packing = new Map()): unknown {
  if (typeof value === "function" || typeof value === "symbol") return unsendable(value);
  if (typeof value !== "object" || value === null) return value;
  if (packing.has(value)) return packing.get(value);
  return packObject(value, packing);
}

function packObject(value: object, packing: Packing): unknown {
  if (Decimal.isDecimal(value)) {
    const kind = decimals.indexOf(value.constructor as (typeof decimals)[number]);
    return kind < 0
      ? unsendable(value)
      : remember(packing, value, {
          [decimalTag]: kind,
          value: value.isZero() && value.isNegative() ? "-0" : value.toString(),
        });
  }
  if (value instanceof Ledger) {
    const ledger = remember(packing, value, {} as Record<string, unknown>);
    ledger[ledgerTag] = pack(value.results(), packing);
    return ledger;
  }
  if (isChart(value)) return remember(packing, value, { [chartTag]: { ...value } });
  if (isRecordedCheck(value)) {
    const check = remember(packing, value, {} as Record<string, unknown>);
    check[checkTag] = pack({ ...value }, packing);
    return check;
  }
  if (Array.isArray(value)) {
    const array = remember(packing, value, Array.from<unknown>({ length: value.length }));
    value.forEach((item, index) => (array[index] = pack(item, packing)));
    return array;
  }
  if (value instanceof Map) {
    const map = remember(packing, value, new Map());
    for (const [key, item] of value) map.set(pack(key, packing), pack(item, packing));
    return map;
  }
  if (value instanceof Set) {
    const set = remember(packing, value, new Set());
    for (const item of value) set.add(pack(item, packing));
    return set;
  }
  if (value instanceof Date || value instanceof RegExp) return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return unsendable(value);
  const object = remember(packing, value, {} as Record<string, unknown>);
  for (const [key, item] of Object.entries(value)) object[key] = pack(item, packing);
  return object;
}

function remember<T>(memo: Map<object, unknown>, value: object, replacement: T): T {
  memo.set(value, replacement);
  return replacement;
}

/** The report is the engine's data and cells' values as host data: anything else in it is a bug. */
function unsendable(value: unknown): never {
  const name =
    typeof value === "function"
      ? `function ${value.name || "(anonymous)"}`
      : typeof value === "symbol"
        ? String(value)
        : `${Object.getPrototypeOf(value)?.constructor?.name ?? "object"} instance`;
  throw new Error(`the report holds a value that cannot be sent to another thread: ${name}`);
}

/** What `pack` made, turned back into the values it stood for, in place: the copy must be the caller's own. */
export function unpack(value: unknown): unknown {
  return revive(value, new Map());
}

/** Turns tagged objects back into what they stood for, in place: the clone is this thread's own. */
function revive(value: unknown, memo: Map<object, unknown>): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (memo.has(value)) return memo.get(value);
  if (decimalTag in value) {
    const { [decimalTag]: kind, value: text } = value as { [decimalTag]: number; value: string };
    return remember(memo, value, new decimals[kind]!(text));
  }
  if (chartTag in value) return remember(memo, value, readmitChart((value as { [chartTag]: Chart })[chartTag]));
  if (checkTag in value)
    return remember(
      memo,
      value,
      asRecordedCheck(revive((value as { [checkTag]: unknown })[checkTag], memo) as CheckResult),
    );
  if (ledgerTag in value) {
    const ledger = remember(memo, value, new Ledger());
    for (const result of revive(value[ledgerTag], memo) as CheckResult[]) ledger.record(result);
    return ledger;
  }
  remember(memo, value, value);
  if (Array.isArray(value)) value.forEach((item, index) => (value[index] = revive(item, memo)));
  else if (value instanceof Map || value instanceof Set) {
    const entries = [...value];
    value.clear();
    if (value instanceof Map)
      for (const [key, item] of entries as [unknown, unknown][]) value.set(revive(key, memo), revive(item, memo));
    else for (const item of entries) value.add(revive(item, memo));
  } else for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = revive(item, memo);
  return value;
}
