import { admitChart } from "#engine/charts/admit.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { PageLimits } from "./limits.ts";
import { runInRunner, startRunnerEarly } from "./runners.ts";
import { snapshotSource } from "./scripts.ts";
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
  | { readonly kind: "memory" }
  /** The process running the page ended without telling why (a crash of V8 or of isolated-vm). */
  | { readonly kind: "crashed"; readonly message: string }
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
  /** The CPU time the page may take, in milliseconds, awaits included. */
  readonly timeout: number;
  /** Megabytes of heap the page may use. */
  readonly memory: number;
  /** Told the index of each cell as it starts. */
  readonly onCell: (index: number) => void;
  /** Told, before each call of a host function, the stack of the page's call, as the page's isolate wrote it. */
  readonly onCall: (stack: string) => void;
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

/**
 * Starts what every page will need before the first one runs: a runner process (~0.1 s of CPU and more of
 * waiting, on a busy machine) and the prelude's bundle, while the host reads the content and starts the type
 * check. A failure of either is the first page's to report.
 */
export function prepareSandbox(): void {
  startRunnerEarly();
  snapshotSource("plain").catch(() => {});
}

/**
 * Readies a runner for the next page of either kind, with no page to run: the process started, both
 * snapshots made and an isolate of each waiting. For a process whose pages come long after it starts —
 * `astro dev`, whose first verification takes every page from the page cache — where the first save would
 * wait for all of that (1.9 s, against 0.2 s for the saves after it). `memory` must be the pages' own, or
 * the waiting isolates are made again.
 */
export async function warmSandbox({ timeout, memory }: PageLimits): Promise<void> {
  for (const kind of ["plain", "charts"] as const)
    await runInRunner({
      kind,
      snapshot: () => snapshotSource(kind),
      code: "",
      filename: "recount:warm-up",
      timeout,
      memory,
      bridge: () => '{"error":{"message":"no page is running"}}',
    });
}

/** How deep a value from a page may nest: deeper is refused before the host's recursion could overflow. */
const deepest = 64;

/**
 * Runs a page's notebook in a fresh V8 isolate of its own, in a process of its own (see runners.ts, runner.ts):
 * nothing of the host is in it but one function that takes and gives text. The page tells the host through
 * it where it is, what each cell shows and how it ended; the host parses that text itself and keeps what it
 * was told, so that nothing a page makes is ever inspected, called or stringified by the host.
 */
export async function runInSandbox({
  code,
  script,
  host,
  charts,
  timeout,
  memory,
  onCell,
  onCall,
}: SandboxRun): Promise<Ending> {
  runInUtc();
  const handles = new Handles();
  let ending: Ending | undefined;
  let late: ThrownRecord | undefined;
  /** The host's errors the page was answered with, by the index their copies in the isolate carry. */
  const hostErrors: RecountError[] = [];
  /** Each cell's output, as the page reported it while that cell ran: one per cell, in order. */
  const outputs = new Map<number, unknown>();
  let running = -1;

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
      case "cell": {
        const index = cellIndex(request.index);
        if (index <= running) throw new TypeError(`cell ${index + 1} started again`);
        running = index;
        onCell(index);
        return ["u"];
      }
      case "out": {
        const index = cellIndex(request.index);
        if (index !== running || outputs.has(index)) throw new TypeError(`cell ${index + 1} is not the cell running`);
        outputs.set(index, handles.receive(request.value as ToHost, deepest));
        return ["u"];
      }
      case "call": {
        const fn = host[request.name as string];
        if (typeof fn !== "function") throw new TypeError(`no such function: ${String(request.name)}`);
        onCall(typeof request.at === "string" ? request.at : "");
        return handles.send(fn(...(handles.receive(request.args as ToHost, deepest) as unknown[])));
      }
      case "chart":
        return handles.send(admitChart(handles.receive(request.chart as ToHost, deepest)));
      case "done":
        ending = {
          kind: "done",
          outputs,
          scope: handles.receive(request.scope as ToHost, deepest) as Record<string, unknown>,
        };
        return ["u"];
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
  // The one host function the page reaches, through its process; text in, text out, and it never throws.
  const bridge = (request: string): string => {
    try {
      return JSON.stringify({ value: answer(JSON.parse(request) as Record<string, unknown>) });
    } catch (error) {
      const record = {
        ...thrownRecord(error),
        hostError: error instanceof RecountError ? hostErrors.push(error) - 1 : undefined,
      };
      if (ending) late ??= record;
      return JSON.stringify({ error: record });
    }
  };

  const kind = charts ? "charts" : "plain";
  const end = await runInRunner({
    kind,
    snapshot: () => snapshotSource(kind),
    // The code is one expression statement; its `;` would end the call.
    code: `${taken("__recountRun")}(${code.replace(/;\s*$/, "")})`,
    filename: script,
    timeout,
    memory,
    bridge,
  });
  if (end.kind !== "ended") return end;
  // What the page threw or left rejected, reported by isolated-vm once the page's task was over.
  if (end.failure)
    late ??=
      end.failure.thrown === undefined
        ? { name: end.failure.name, message: end.failure.message ?? "", stack: end.failure.stack }
        : { message: "", thrown: end.failure.thrown };
  if (late) return { kind: "threw", error: late };
  return ending ?? { kind: "unsettled" };
}

function cellIndex(value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new TypeError("no such cell");
  return value;
}

/** An expression whose value is the global `name`, which it removes from the global object. */
const taken = (name: string) => `((value) => (delete globalThis.${name}, value))(globalThis.${name})`;

function thrownRecord(error: unknown): ThrownRecord {
  if (error instanceof RecountError) return { message: error.message, hint: error.hint };
  if (error instanceof Error) return { message: `${error.name}: ${error.message}` };
  return { message: String(error) };
}
