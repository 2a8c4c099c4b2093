import Decimal from "decimal.js";
import { Ledger } from "../checks/index.ts";
import type { CheckResult } from "../checks/index.ts";
import { Down, Nearest, Up } from "../quantity/precise.ts";
import type { Report } from "./verify.ts";

/**
 * A passing report as one message from the thread that verified the content to the thread that renders
 * the pages. Structured cloning keeps plain data, maps and sets but not classes: decimals travel as text
 * with the rounding they compute with, the ledger as its results. A cell may leave anything in its scope
 * (a helper function, an instance of its own class): such a page is named in `rerun`, its values stand in
 * as `{ opaque }` descriptions, and its page runs the notebook again to get them live.
 */
export interface TransferredReport {
  /** The report, its decimals and ledger tagged: for structured cloning only, and `unpackReport`. */
  readonly report: unknown;
  /** Pages whose notebooks hold values that cannot be sent. */
  readonly rerun: readonly string[];
}

/** The decimal constructors a report holds, by the rounding their arithmetic does. */
const decimals = [Nearest, Down, Up, Decimal] as const;

// Keys no value made by the engine or a cell has, so a tagged object cannot be mistaken for data.
const decimalTag = "\u0000recount:decimal";
const ledgerTag = "\u0000recount:ledger";

interface Packing {
  /** What each object was packed as, so that shared and circular references stay so. */
  readonly packed: Map<object, unknown>;
  /** The objects holding, somewhere inside, a value that cannot be sent. */
  readonly opaqueWithin: Set<object>;
  /** How many such values were met so far, an object holding some counting each time it is met. */
  opaque: number;
}

export function packReport({ filings, facts, notebooks, ledger }: Report): TransferredReport {
  // One packing for the whole report: a check is both in the ledger and a cell's output, and stays one object.
  const packing: Packing = { packed: new Map(), opaqueWithin: new Set(), opaque: 0 };
  const send = (value: unknown) => {
    const before = packing.opaque;
    return { packed: pack(value, packing), opaque: packing.opaque > before };
  };
  const engine = send({ filings, facts, ledger });
  // Filings, facts and checks are the engine's own data: anything opaque in them is a bug, not a cell's choice.
  if (engine.opaque) throw new Error("the report holds a value that cannot be sent to another thread");
  const rerun: string[] = [];
  const sentNotebooks = notebooks.map((notebook) => {
    const { packed, opaque } = send(notebook);
    if (opaque) rerun.push(notebook.file);
    return packed;
  });
  return { report: { ...(engine.packed as object), notebooks: sentNotebooks }, rerun };
}

export function unpackReport({ report, rerun }: TransferredReport): { report: Report; rerun: ReadonlySet<string> } {
  const { filings, facts, notebooks, ledger } = revive(report, new Map()) as Omit<Report, "errors">;
  return { report: { filings, facts, notebooks, ledger, errors: [] }, rerun: new Set(rerun) };
}

function pack(value: unknown, packing: Packing): unknown {
  if (typeof value === "function" || typeof value === "symbol") return opaque(value, packing);
  if (typeof value !== "object" || value === null) return value;
  if (packing.packed.has(value)) {
    if (packing.opaqueWithin.has(value)) packing.opaque++;
    return packing.packed.get(value);
  }
  const before = packing.opaque;
  const packed = packObject(value, packing);
  if (packing.opaque > before) packing.opaqueWithin.add(value);
  return packed;
}

function packObject(value: object, packing: Packing): unknown {
  if (Decimal.isDecimal(value)) {
    const kind = decimals.indexOf(value.constructor as (typeof decimals)[number]);
    return kind < 0 ? opaque(value, packing) : remember(packing.packed, value, { [decimalTag]: kind, value: value.isZero() && value.isNegative() ? "-0" : value.toString() });
  }
  if (value instanceof Ledger) {
    const ledger = remember(packing.packed, value, {} as Record<string, unknown>);
    ledger[ledgerTag] = pack(value.results(), packing);
    return ledger;
  }
  if (Array.isArray(value)) {
    const array = remember(packing.packed, value, new Array<unknown>(value.length));
    value.forEach((item, index) => (array[index] = pack(item, packing)));
    return array;
  }
  if (value instanceof Map) {
    const map = remember(packing.packed, value, new Map());
    for (const [key, item] of value) map.set(pack(key, packing), pack(item, packing));
    return map;
  }
  if (value instanceof Set) {
    const set = remember(packing.packed, value, new Set());
    for (const item of value) set.add(pack(item, packing));
    return set;
  }
  if (value instanceof Date || value instanceof RegExp) return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return opaque(value, packing);
  const object = remember(packing.packed, value, {} as Record<string, unknown>);
  for (const [key, item] of Object.entries(value)) object[key] = pack(item, packing);
  return object;
}

function remember<T>(memo: Map<object, unknown>, value: object, replacement: T): T {
  memo.set(value, replacement);
  return replacement;
}

function opaque(value: unknown, packing: Packing): { opaque: string } {
  packing.opaque++;
  const name = typeof value === "function" ? `function ${value.name || "(anonymous)"}` : typeof value === "symbol" ? String(value) : `${Object.getPrototypeOf(value)?.constructor?.name ?? "object"} instance`;
  return { opaque: name };
}

/** Turns tagged objects back into what they stood for, in place: the clone is this thread's own. */
function revive(value: unknown, memo: Map<object, unknown>): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (memo.has(value)) return memo.get(value);
  if (decimalTag in value) {
    const { [decimalTag]: kind, value: text } = value as { [decimalTag]: number; value: string };
    return remember(memo, value, new decimals[kind]!(text));
  }
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
    if (value instanceof Map) for (const [key, item] of entries as [unknown, unknown][]) value.set(revive(key, memo), revive(item, memo));
    else for (const item of entries) value.add(revive(item, memo));
  } else for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = revive(item, memo);
  return value;
}
