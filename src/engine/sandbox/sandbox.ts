import { setImmediate } from "node:timers/promises";
import { constants, createContext, Script } from "node:vm";
import { admitChart } from "#engine/charts/admit.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { contextScripts } from "./scripts.ts";
import { runInUtc } from "./time-zone.ts";
import { type FromHost, Handles, type ThrownRecord, type ToHost } from "./wire.ts";

/** How a page's run ended, as the host learnt it through the bridge or from the run itself. */
export type Ending =
  | {
      readonly kind: "done";
      readonly outputs: ReadonlyMap<number, unknown>;
      readonly scope: Readonly<Record<string, unknown>>;
    }
  /** What the page threw; if it was the host's answer to a call (a failed check in a ledger that throws), that error. */
  | { readonly kind: "threw"; readonly error: ThrownRecord; readonly hostError?: RecountError }
  | { readonly kind: "timeout" }
  | { readonly kind: "unsettled" };

export interface SandboxRun {
  /** The page's compiled notebook: `async function (names, runtime)` (see compile-notebook.ts). */
  readonly code: string;
  /** The name its frames carry on the stack. */
  readonly script: string;
  /** What the host gives cells: functions, called through the bridge, and values, copied in. */
  readonly host: Readonly<Record<string, unknown>>;
  /** Whether the cells name Plot or a chart helper, which the charts script then provides (see `namesCharts`). */
  readonly charts: boolean;
  /** The longest the page may run, in milliseconds, awaits included. */
  readonly timeout: number;
  /** Told the index of each cell as it starts. */
  readonly onCell: (index: number) => void;
}

/** The names cells are given that live in their context (see inside/prelude.ts), besides the host's. */
export const contextNames = [
  "plotValue",
  "illustrative",
  "notVerifiable",
  "Plot",
  "chart",
  "timeline",
  "waterfall",
] as const;

/** Whether code names what the charts script provides: a page naming none of it does not pay for loading Plot. */
export const namesCharts = (code: string) => /\b(?:Plot|chart|timeline|waterfall)\b/.test(code);

/** Each running page's promises, by their prototype, to tell the page a rejection nothing handled came from. */
const rejectionSinks = new Map<object, (reason: unknown) => void>();
/** Every page's, running or not: a rejection from a page already over is that page's, and no one else's. */
const pagePromises = new WeakSet<object>();

/**
 * Runs a page's notebook in a fresh context of its own (a separate realm: no `process`, `require`, import,
 * timers or code from strings), within a time limit that covers its awaits too: with the context's own
 * microtask queue, drained before `runInContext` returns, the whole page runs inside that one call, and a
 * page whose run returned without telling the host it ended never will.
 */
export async function runInSandbox({
  code,
  script,
  host,
  charts: usesCharts,
  timeout,
  onCell,
}: SandboxRun): Promise<Ending> {
  runInUtc();
  const scripts = await contextScripts();
  const charts = usesCharts ? await scripts.charts() : undefined;
  const context = createContext(constants.DONT_CONTEXTIFY, {
    microtaskMode: "afterEvaluate",
    codeGeneration: { strings: false, wasm: false },
  }) as Record<string, unknown>;
  const handles = new Handles();
  let ending: Ending | undefined;
  let late: ThrownRecord | undefined;
  /** The host's errors the page was answered with, by the index their copies in the context carry. */
  const hostErrors: RecountError[] = [];

  const answer = (request: Record<string, unknown>): FromHost => {
    if (ending)
      throw new RecountError("a cell called the notebook's functions after the page had finished", {
        hint: "await every promise a cell starts, so that the page ends after it",
      });
    switch (request.op) {
      case "start": {
        const functions = Object.keys(host).filter((name) => typeof host[name] === "function");
        const values = Object.entries(host).filter(([, value]) => typeof value !== "function");
        return [
          "o",
          [
            ["functions", ["a", functions]],
            ["values", ["o", values.map(([name, value]) => [name, handles.send(value)] as const)]],
          ],
        ];
      }
      case "cell":
        onCell(request.index as number);
        return ["u"];
      case "call": {
        const fn = host[request.name as string];
        if (typeof fn !== "function") throw new TypeError(`no such function: ${String(request.name)}`);
        return handles.send(fn(...(handles.receive(request.args as ToHost) as unknown[])));
      }
      case "chart":
        return handles.send(admitChart(handles.receive(request.chart as ToHost)));
      case "done": {
        const outputs = handles.receive(request.outputs as ToHost) as [number, unknown][];
        ending = {
          kind: "done",
          outputs: new Map(outputs),
          scope: handles.receive(request.scope as ToHost) as Record<string, unknown>,
        };
        return ["u"];
      }
      case "threw": {
        const error = request.error as ThrownRecord;
        const hostError = error.hostError === undefined ? undefined : hostErrors[error.hostError];
        ending =
          hostError && hostError.message === error.message
            ? { kind: "threw", error, hostError }
            : { kind: "threw", error };
        return ["u"];
      }
      default:
        throw new TypeError(`no such request: ${String(request.op)}`);
    }
  };
  // The one host function the context holds; it takes and gives text only, and never throws into the context.
  context.__recountBridge = (request: string): string => {
    try {
      return JSON.stringify({ value: answer(JSON.parse(String(request)) as Record<string, unknown>) });
    } catch (error) {
      const record = {
        ...thrownRecord(error),
        hostError: error instanceof RecountError ? hostErrors.push(error) - 1 : undefined,
      };
      if (ending) late ??= record;
      try {
        return JSON.stringify({ error: record });
      } catch {
        return '{"error":{"message":"the notebook\'s host failed"}}';
      }
    }
  };

  const run = (source: Script) => source.runInContext(context, { timeout, breakOnSigint: true });
  run(scripts.prelude);
  if (charts) run(charts);
  const describe = run(take("__recountDescribe"));
  const promises = run(new Script("Object.getPrototypeOf(Promise.resolve())")) as object;
  rejectionSinks.set(promises, (reason) => {
    // Described in the context, within the time limit: the reason is the page's, and so is any getter on it.
    Object.defineProperty(context, "__recountArgs", { value: [describe, reason], configurable: true });
    let described: ThrownRecord | undefined;
    try {
      described = JSON.parse(
        run(
          new Script(
            "(([describe, reason]) => (delete globalThis.__recountArgs, describe(reason)))(globalThis.__recountArgs)",
          ),
        ) as string,
      ) as ThrownRecord;
    } catch {}
    late ??=
      typeof described?.message === "string" ? described : { message: "a promise was rejected and nothing awaited it" };
  });
  pagePromises.add(promises);
  watchRejections();
  try {
    // The code is one expression statement; its `;` would end the call.
    run(new Script(`${taken("__recountRun")}(${code.replace(/;\s*$/, "")})`, { filename: script }));
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
    ending = { kind: "timeout" };
  }
  // A rejection nothing handled is reported once the host's own queue has run.
  await setImmediate();
  rejectionSinks.delete(promises);
  if (late && ending?.kind !== "timeout") return { kind: "threw", error: late };
  return ending ?? { kind: "unsettled" };
}

/** A script taking a function the prelude left on the context's global object, and removing it from there. */
function take(name: string): Script {
  return new Script(taken(name));
}

/** An expression whose value is the global `name`, which it removes from the global object. */
const taken = (name: string) => `((value) => (delete globalThis.${name}, value))(globalThis.${name})`;

let watching = false;

function watchRejections(): void {
  if (watching) return;
  watching = true;
  process.on("unhandledRejection", (reason, promise) => {
    const prototype = Object.getPrototypeOf(promise) as object;
    const sink = rejectionSinks.get(prototype);
    if (sink) return sink(reason);
    if (pagePromises.has(prototype)) return;
    // Not a page's: as Node would without this listener, unless someone else listens.
    if (process.listenerCount("unhandledRejection") === 1) throw reason;
  });
}

function thrownRecord(error: unknown): ThrownRecord {
  if (error instanceof RecountError) return { message: error.message, hint: error.hint };
  if (error instanceof Error) return { message: `${error.name}: ${error.message}` };
  return { message: String(error) };
}
