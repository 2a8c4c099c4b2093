// Runs INSIDE a page's isolate, before any cell, bundled with decimal.js (see ../scripts.ts) and loaded into
// the snapshot every page starts from. It is the only code there that holds the bridge to the host: a
// function that takes and returns JSON text and never throws. Everything a cell receives is made here, in the
// isolate. Its requests are written by its own encoder with functions it took before any cell ran, so that
// nothing a cell patches (`toJSON`, `Array.prototype.map`, `Promise.prototype.then`) rewrites them. Figures and check results
// are frozen copies standing for host objects by handle: the host computes and compares on its own objects,
// so patching anything in here cannot change how a check compares.
import Decimal from "decimal.js";
import { type Illustrative, illustrative, type NotVerifiable, notVerifiable } from "#engine/checks/labels.ts";
import { scaleExponent, type Scale } from "#engine/quantity/unit.ts";
import { primitiveOnWire } from "#engine/sandbox/primitive.ts";
import type { FromHost, ThrownRecord, ToHost } from "#engine/sandbox/wire.ts";

type Bridge = (request: string) => string;
type Reply = { readonly value: FromHost } | { readonly error: ThrownRecord };

const global = globalThis as unknown as Record<string, unknown>;
/** The host's bridge, which the host puts in each page's isolate after the snapshot, and `run` takes. */
let bridge: Bridge = () => {
  throw new Error("no bridge");
};
// Captured before any cell runs, which may replace the globals.
const { stringify, parse } = JSON;
const { freeze, entries, keys, getPrototypeOf, hasOwn, prototype: objectPrototype } = Object;
const { isArray } = Array;
const { apply } = Reflect;
const { then } = Promise.prototype;
const ContextError = Error;
const ContextDate = Date;

/** A refusal, as an error thrown where the cell called what it may not. */
function refuse(what: string, hint: string): never {
  throw Object.assign(new ContextError(`${what} is not available to cells`), { hint });
}

/** The locale cells format in when they name none: the process's default comes from the machine's LANG. */
const cellLocale = "en-US";

/**
 * Gives every locale-sensitive constructor and method `cellLocale` where it is given no locale, so that
 * `(1234.5).toLocaleString()` prints 1,234.5 whatever machine builds the page (in German, 1.234,5). Run
 * before the charts script loads, so that what Plot keeps of Intl is fixed too. The time zone is fixed by
 * the host (../time-zone.ts).
 */
function fixLocale(): void {
  const intl = Intl as unknown as Record<string, unknown>;
  const constructors = [
    "Collator",
    "DateTimeFormat",
    "DisplayNames",
    "DurationFormat",
    "ListFormat",
    "NumberFormat",
    "PluralRules",
    "RelativeTimeFormat",
    "Segmenter",
  ];
  for (const name of constructors) {
    const Original = intl[name] as (abstract new (...args: unknown[]) => object) & { supportedLocalesOf: unknown };
    if (!Original) continue;
    const Fixed = function (this: unknown, locales?: unknown, ...rest: unknown[]) {
      return Reflect.construct(Original, [locales ?? cellLocale, ...rest], new.target ?? Fixed);
    };
    Object.defineProperty(Fixed, "name", { value: name });
    Fixed.prototype = Original.prototype;
    Fixed.supportedLocalesOf = Original.supportedLocalesOf;
    (Original.prototype as { constructor: unknown }).constructor = Fixed;
    intl[name] = Fixed;
  }
  const withLocale = (prototype: object, method: string, position: number) => {
    const original = (prototype as Record<string, (...args: unknown[]) => unknown>)[method]!;
    Object.defineProperty(prototype, method, {
      value: {
        [method](this: unknown, ...args: unknown[]) {
          args[position] ??= cellLocale;
          return Reflect.apply(original, this, args);
        },
      }[method],
      writable: true,
      configurable: true,
    });
  };
  for (const prototype of [Number.prototype, BigInt.prototype, Date.prototype, Array.prototype])
    withLocale(prototype, "toLocaleString", 0);
  withLocale(Date.prototype, "toLocaleDateString", 0);
  withLocale(Date.prototype, "toLocaleTimeString", 0);
  withLocale(String.prototype, "toLocaleLowerCase", 0);
  withLocale(String.prototype, "toLocaleUpperCase", 0);
  withLocale(String.prototype, "localeCompare", 1);
}
fixLocale();

/**
 * What cells may not use, taken away once the scripts before them (Plot's, which reads the clock as it
 * loads) have run. Two builds of one page must be byte-identical: no randomness, no clock; and nothing that
 * outlives the page or depends on the collector's timing, nor anything the host does not offer.
 */
function lockDown(): void {
  const determinism =
    'cells run when the site is built, and two builds must give the same page: use fixed values (a date as new Date("2024-09-27"))';
  Math.random = () => refuse("Math.random()", determinism);
  function BuildDate(this: unknown, ...args: unknown[]) {
    if (!new.target) refuse("Date() without new", determinism);
    if (args.length === 0) refuse("new Date() without a date", determinism);
    return Reflect.construct(ContextDate, args, new.target);
  }
  BuildDate.prototype = ContextDate.prototype;
  BuildDate.UTC = ContextDate.UTC;
  BuildDate.parse = ContextDate.parse;
  BuildDate.now = () => refuse("Date.now()", determinism);
  (ContextDate.prototype as { constructor: unknown }).constructor = BuildDate;
  global.Date = BuildDate;
  // A date format given no date formats the clock's.
  const formats = Intl.DateTimeFormat.prototype;
  const { get: boundFormat } = Object.getOwnPropertyDescriptor(formats, "format")!;
  Object.defineProperty(formats, "format", {
    get(this: Intl.DateTimeFormat) {
      const format = boundFormat!.call(this) as (date: unknown) => string;
      return (date?: unknown) => (date === undefined ? refuse("format() without a date", determinism) : format(date));
    },
    configurable: true,
  });
  const { formatToParts } = formats;
  formats.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
    return date === undefined ? refuse("formatToParts() without a date", determinism) : formatToParts.call(this, date);
  };
  // V8's console goes; the charts' own (charts/warnings.ts, where Plot's warnings go) cannot be deleted.
  for (const name of ["WeakRef", "FinalizationRegistry", "SharedArrayBuffer", "Atomics", "WebAssembly", "console"])
    Reflect.deleteProperty(global, name);
  refuseCodeFromStrings();
  // The stacks the host reads lines from are V8's own: a cell cannot reformat or shorten them.
  Object.defineProperty(ContextError, "prepareStackTrace", { value: undefined, writable: false, configurable: false });
  Object.defineProperty(ContextError, "stackTraceLimit", { value: 20, writable: false, configurable: false });
  for (const name of ["setTimeout", "setInterval", "setImmediate", "queueMicrotask"]) {
    global[name] = () =>
      refuse(
        `${name}()`,
        "cells run once, when the site is built, with no timers: compute the value directly, or await it",
      );
  }
}

/**
 * No code from strings, as node:vm's `codeGeneration: { strings: false }` did (an isolate has no such
 * option): a function made from text would be out of the compiled page's reach of checks (its names
 * refused, its lines unmapped). Every function constructor, reachable from any function, refuses.
 */
function refuseCodeFromStrings(): void {
  const refused = () => {
    throw new EvalError("Code generation from strings disallowed for this context");
  };
  global.eval = refused;
  const kinds = [function () {}, async function () {}, function* () {}, async function* () {}];
  for (const kind of kinds) {
    const prototype = getPrototypeOf(kind) as { constructor: unknown };
    const Refused = function () {
      refused();
    };
    Refused.prototype = prototype;
    Object.defineProperty(prototype, "constructor", { value: Refused, writable: false, configurable: false });
  }
  global.Function = (getPrototypeOf(kinds[0]) as { constructor: unknown }).constructor;
}

/** Handle ids of the copies of host objects, and the copies by id. */
const handles = new WeakMap<object, number>();
const copies = new Map<number, object>();

function fromHost(value: FromHost): unknown {
  if (!isArray(value)) return value;
  switch (value[0]) {
    case "u":
      return undefined;
    case "n":
      return Number(value[1]);
    case "d":
      return new Decimal(value[1] as string);
    case "a": {
      const items = value[1] as FromHost[];
      const array: unknown[] = [];
      for (let index = 0; index < items.length; index++) array[index] = fromHost(items[index]!);
      return freeze(array);
    }
    case "o": {
      const fields = value[1] as [string, FromHost][];
      const object: Record<string, unknown> = {};
      for (let index = 0; index < fields.length; index++) object[fields[index]![0]] = fromHost(fields[index]![1]);
      return freeze(object);
    }
    case "h": {
      const [, id, fields] = value as [string, number, [string, FromHost][]?];
      const known = copies.get(id);
      if (known) return known;
      const copy: Record<string, unknown> = {};
      copies.set(id, copy);
      handles.set(copy, id);
      for (let index = 0; index < (fields?.length ?? 0); index++)
        copy[fields![index]![0]] = fromHost(fields![index]![1]);
      return freeze(copy);
    }
  }
}

function toHost(value: unknown, seen: Set<object>): ToHost {
  const primitive = primitiveOnWire(value);
  if (primitive !== undefined) return primitive;
  switch (typeof value) {
    case "function":
      return ["x", `function ${(value as { name?: string }).name || "(anonymous)"}`];
    case "bigint":
    case "symbol":
      return ["x", String(value)];
  }
  if (value === null) return null;
  const object = value as object;
  const id = handles.get(object);
  if (id !== undefined) return ["h", id];
  if (Decimal.isDecimal(object)) return ["d", object.toString()];
  if (seen.has(object)) return ["x", "a circular reference"];
  seen.add(object);
  try {
    if (isArray(object)) {
      const items: ToHost[] = [];
      for (let index = 0; index < object.length; index++) items[index] = toHost(object[index], seen);
      return ["a", items];
    }
    if (object instanceof ContextDate)
      return Number.isNaN(object.getTime()) ? ["x", "Invalid Date"] : object.toISOString();
    const prototype = getPrototypeOf(object);
    if (prototype !== objectPrototype && prototype !== null)
      return ["x", `${prototype?.constructor?.name ?? "object"} instance`];
    const fields = entries(object);
    const wire: [string, ToHost][] = [];
    for (let index = 0; index < fields.length; index++)
      wire[index] = [fields[index]![0], toHost(fields[index]![1], seen)];
    return ["o", wire];
  } finally {
    seen.delete(object);
  }
}

/** Asks the host; its error becomes an error of this realm, thrown at the cell's call. */
/**
 * JSON of a request, which the prelude made of primitives, its own arrays and plain objects: written here,
 * since `JSON.stringify` would call any `toJSON` a cell put on a prototype.
 */
function encode(value: unknown): string {
  if (typeof value !== "object" || value === null) return value === undefined ? "null" : stringify(value);
  let text = "";
  if (isArray(value)) {
    for (let index = 0; index < value.length; index++) text += (index ? "," : "") + encode(value[index]);
    return `[${text}]`;
  }
  const names = keys(value);
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    text += `${index ? "," : ""}${stringify(name)}:${encode((value as Record<string, unknown>)[name])}`;
  }
  return `{${text}}`;
}

function ask(request: Record<string, unknown>): unknown {
  let answer: string;
  try {
    answer = bridge(encode(request));
  } catch {
    // The bridge catches everything; what reaches here (a stack overflow in the host) is not the cell's to see.
    throw new ContextError("the notebook's host failed to answer");
  }
  const reply = parse(answer) as Reply;
  if (hasOwn(reply, "error")) {
    const { message, hint, hostError } = (reply as { error: ThrownRecord }).error;
    throw Object.assign(new ContextError(message), { hint, hostError });
  }
  return fromHost((reply as { value: FromHost }).value);
}

function describeThrown(error: unknown): ThrownRecord {
  if (error instanceof ContextError) {
    const { name, message, stack, hint, hostError } = error as Error & Pick<ThrownRecord, "hint" | "hostError">;
    return {
      name: String(name),
      message: String(message),
      stack: String(stack),
      hint: typeof hint === "string" ? hint : undefined,
      hostError: typeof hostError === "number" ? hostError : undefined,
    };
  }
  return { message: "", thrown: typeof error === "string" ? `'${error}'` : String(error) };
}

/**
 * A host function as cells call it: arguments and result cross as JSON, figures by handle, with the stack
 * of the call, from which the host reads the page line of the check it records.
 */
const hosted = (name: string) =>
  function (...args: unknown[]) {
    const at = String(new ContextError().stack);
    return ask({ op: "call", name, args: toHost(args, new Set()), at });
  };

/**
 * A quantity's nominal value as a plain number at `scale`, for drawing only: charts need numbers, while
 * every check works on the decimal intervals in the host.
 */
function plotValue(
  { value, qualifier, id, printed }: { value: Decimal; qualifier?: string; id?: string; printed?: string },
  scale: Scale = "one",
): number {
  const number = value.div(10 ** scaleExponent[scale]).toNumber();
  if (qualifier) for (const plotted of [number, -number]) qualified.set(plotted, { qualifier, id, printed });
  return number;
}

/**
 * The numbers plotValue made from figures printed with a qualifier ("approximately", "more than"), and the
 * negations a cell draws them as, each with its figure: a plain number has lost the word.
 */
const qualified = new Map<number, { qualifier: string; id?: string; printed?: string }>();

/**
 * A chart's data, or records a cell shows as a table, would drop a figure's qualifier: a row holding a
 * number made from a qualified figure must carry that qualifier in a `qualifier` field, and a chart's
 * columns, when given, must show it.
 */
function requireQualifiers(what: string, data: unknown, columns?: unknown): void {
  if (!isArray(data)) return;
  let shown = !isArray(columns);
  for (let index = 0; !shown && index < (columns as unknown[]).length; index++) {
    const column = (columns as { key?: unknown }[])[index];
    shown = (typeof column === "object" && column !== null ? column.key : column) === "qualifier";
  }
  for (let index = 0; index < data.length; index++) {
    const row: unknown = data[index];
    if (typeof row !== "object" || row === null || isArray(row)) continue;
    for (const [key, field] of entries(row)) {
      const figure = typeof field === "number" ? qualified.get(field) : undefined;
      if (!figure) continue;
      const carried = (row as { qualifier?: unknown }).qualifier === figure.qualifier;
      if (carried && shown) continue;
      const fact = figure.id
        ? `fact ${figure.id}, printed "${figure.printed}"`
        : `a figure printed ${figure.qualifier}`;
      throw Object.assign(
        new ContextError(
          `${what} has ${field} in its data (${key}), from ${fact}, without its qualifier "${figure.qualifier}": its table and CSV would show a plain number`,
        ),
        {
          hint: carried
            ? `add "qualifier" to the chart's columns, so that its table and CSV show the word`
            : `give the row the figure's qualifier ({ ${key}: plotValue(figure, …), qualifier: figure.qualifier ?? "" }) and show its "qualifier" column`,
        },
      );
    }
  }
}

/**
 * The names cells use that live in here; charts come with the charts script, when a page uses them. What
 * each means is its definition's (#engine/cell-names).
 */
export interface ContextLibrary {
  plotValue: typeof plotValue;
  illustrative: <T>(value: T, note: string) => Illustrative<T>;
  notVerifiable: (statement: string, why: string, options?: { filing?: string }) => NotVerifiable;
}
const library: ContextLibrary = { plotValue, illustrative, notVerifiable };

/** A chart drawn in here becomes a chart only once the host has checked it and holds it. */
const hostedChart =
  <A extends unknown[]>(draw: (...args: A) => object) =>
  (...args: A) => {
    const { id, data, columns } = (args[0] ?? {}) as { id?: unknown; data?: unknown; columns?: unknown };
    requireQualifiers(`chart "${String(id)}"`, data, columns);
    return ask({ op: "chart", chart: toHost(draw(...args), new Set()) });
  };

type Notebook = (
  names: Record<string, unknown>,
  runtime: { cell(index: number): void; out(index: number, value: unknown): void },
) => Promise<Record<string, unknown>>;

/**
 * Runs the page's compiled notebook with the host's names and the library, and reports to the host how it
 * ended: its outputs and scope, or what it threw. Called once, by the script the host runs next.
 */
function run(notebook: Notebook): void {
  bridge = global.__recountBridge as Bridge;
  delete global.__recountBridge;
  const { functions, values } = ask({ op: "start" }) as {
    functions: readonly string[];
    values: Record<string, unknown>;
  };
  const charts = global.__recountCharts as
    | undefined
    | { chart: (options: object) => object; timeline: (options: object) => object; waterfall: unknown; Plot: unknown };
  delete global.__recountCharts;
  lockDown();
  const given: Record<string, unknown> = { ...library, ...values };
  if (charts)
    Object.assign(given, {
      Plot: charts.Plot,
      waterfall: charts.waterfall,
      chart: hostedChart(charts.chart),
      timeline: hostedChart(charts.timeline),
    });
  for (const name of functions) given[name] = hosted(name);
  // Each output goes to the host as its cell ends, which the host records as that cell's, once.
  const runtime = freeze({
    cell: (index: number) => void ask({ op: "cell", index }),
    out: (index: number, value: unknown) => {
      requireQualifiers("a table this cell shows", value);
      void ask({ op: "out", index, value: toHost(value, new Set()) });
    },
  });
  apply(then, notebook(freeze(given), runtime), [
    (scope: unknown) => ask({ op: "done", scope: toHost(scope, new Set()) }),
    (error: unknown) => ask({ op: "threw", error: describeThrown(error) }),
  ]);
}

global.__recountRun = run;
