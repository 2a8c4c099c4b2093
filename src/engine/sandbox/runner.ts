// The process that runs pages (started by runners.ts, never imported): each page in a fresh V8 isolate made
// from a snapshot of the scripts cells run beside, with one function of this process in it, the bridge,
// which takes and gives text only. It runs under Node's permission model, reading only this file and
// isolated-vm's binary, writing nothing, starting nothing, in a network namespace with nothing in it
// (runners.ts, runnerCommand); its parent limits its CPU time and memory and
// kills it if a page goes past them. It talks to the parent over fd 3, one JSON message a line, and blocks
// on its reads: a page is synchronous, and so is every call it makes to the parent.
import { readSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import type ivmModule from "isolated-vm";

type Ivm = typeof ivmModule;
interface Script {
  readonly code: string;
  readonly filename: string;
}
/** A page to run: `code` calls the prelude's run with the compiled notebook. */
interface Page {
  readonly op: "page";
  readonly kind: string;
  /** What the snapshot of `kind` is made of, the first time this process is asked for one. */
  readonly snapshot?: { readonly scripts: readonly Script[]; readonly warmup?: string };
  readonly code: string;
  readonly filename: string;
  /** The wall-clock backstop, in milliseconds: the parent limits CPU time. */
  readonly backstop: number;
  /** Megabytes of the isolate's heap. */
  readonly memory: number;
}
/** How a page's run ended here; the page itself tells the parent through the bridge. */
interface End {
  readonly op: "end";
  readonly failure?: {
    readonly name?: string;
    readonly message?: string;
    readonly stack?: string;
    readonly thrown?: string;
  };
  readonly cpu?: number;
}

const channel = 3;
/** Characters of one request: far more than any page's outputs, far less than this process's heap. */
const largestRequest = 32 * 2 ** 20;
const { ivm } = createRequire(import.meta.url)(process.argv[2]!) as { ivm: Ivm };
const snapshots = new Map<string, ivmModule.ExternalCopy<ArrayBuffer>>();
let pending = Buffer.alloc(0);

function send(message: object): void {
  const bytes = Buffer.from(`${JSON.stringify(message)}\n`);
  for (let offset = 0; offset < bytes.length;) offset += retrying(() => writeSync(channel, bytes, offset));
}

/** The parent's next message, waiting for it; undefined once the parent has gone. */
function receive(): Record<string, unknown> | undefined {
  const buffer = Buffer.alloc(1 << 16);
  let end = pending.indexOf(10);
  while (end < 0) {
    const read = retrying(() => readSync(channel, buffer));
    if (read === 0) return undefined;
    pending = Buffer.concat([pending, buffer.subarray(0, read)]);
    end = pending.indexOf(10);
  }
  const line = pending.toString("utf8", 0, end);
  pending = pending.subarray(end + 1);
  return JSON.parse(line) as Record<string, unknown>;
}

/** A read or write of the channel, again while the socket says it would block. */
function retrying(io: () => number): number {
  for (;;) {
    try {
      return io();
    } catch (error) {
      if ((error as { code?: string }).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/** The one function a page's isolate holds: a request's text to the parent, its answer's text back. */
function bridge(request: unknown): string {
  if (typeof request !== "string") return '{"error":{"message":"the notebook\'s host takes text only"}}';
  if (request.length > largestRequest)
    return '{"error":{"message":"a value too large to leave a page (over 32 MB as text)","hint":"show a summary of the data, not all of it"}}';
  send({ op: "bridge", request });
  const reply = receive();
  if (typeof reply?.answer !== "string") process.exit(0);
  return reply.answer;
}

/** Isolates made after a page, one of each kind, for the next page of that kind: no page has run in them. */
const prepared = new Map<string, ReturnType<typeof fresh>>();

function fresh(kind: string, memory: number) {
  const isolate = new ivm.Isolate({
    snapshot: snapshots.get(kind)!,
    memoryLimit: memory,
    onCatastrophicError: (message) => {
      send({ op: "end", failure: { message: `the page's isolate failed: ${message}` } });
      process.exit(70);
    },
  });
  return { kind, memory, isolate, context: isolate.createContextSync() };
}

function runPage(page: Page): End {
  if (!snapshots.has(page.kind))
    snapshots.set(page.kind, ivm.Isolate.createSnapshot([...(page.snapshot?.scripts ?? [])], page.snapshot?.warmup));
  let next = prepared.get(page.kind);
  prepared.delete(page.kind);
  if (next?.memory !== page.memory) {
    next?.isolate.dispose();
    next = fresh(page.kind, page.memory);
  }
  const { isolate, context } = next;
  try {
    context.global.setSync("__recountBridge", new ivm.Callback(bridge));
    isolate.compileScriptSync(page.code, { filename: page.filename }).runSync(context, { timeout: page.backstop });
    return { op: "end", cpu: Number(isolate.cpuTime) / 1e6 };
  } catch (error) {
    return { op: "end", failure: failure(error) };
  } finally {
    if (!isolate.isDisposed) isolate.dispose();
  }
}

/**
 * What reached this process from the page: isolated-vm's copy of what was thrown or rejected (an Error of
 * this realm with the original's strings, or a string), read as strings only.
 */
function failure(error: unknown): End["failure"] {
  if (typeof error === "string") return { thrown: `'${error}'` };
  if (typeof error !== "object" || error === null) return { thrown: String(error) };
  const { name, message, stack } = error as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return { name: text(name), message: text(message) ?? "", stack: text(stack) };
}

for (let message = receive(); message; message = receive()) {
  if (message.op !== "page") continue;
  const page = message as unknown as Page;
  send(runPage(page));
  // While the parent reads the page's end, the next page's isolate is made.
  prepared.set(page.kind, fresh(page.kind, page.memory));
}
