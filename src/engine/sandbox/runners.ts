// The host's side of the processes that run pages (runner.ts): started on demand, one page at a time each,
// at most one per core, confined by Node's permission model and kept off the network, and limited from
// here, by the operating system's account of them: CPU time (not wall time, so that a loaded machine does
// not fail a correct page) and resident memory. A page past either ends its process, and only that page fails.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Socket } from "node:net";
import { availableParallelism } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Script {
  readonly code: string;
  readonly filename: string;
}

/** What a snapshot is made of: scripts run in order, and code run once to compile what pages will run. */
export interface SnapshotSource {
  readonly scripts: readonly Script[];
  readonly warmup?: string;
}

export interface RunnerPage {
  /** Which snapshot the page starts from, and its scripts (sent to a process the first time it needs it). */
  readonly kind: string;
  readonly snapshot: () => Promise<SnapshotSource>;
  readonly code: string;
  readonly filename: string;
  /** Milliseconds of CPU time. */
  readonly timeout: number;
  /** Megabytes of the page's heap. */
  readonly memory: number;
  /** Answers a request of the page, text for text; never throws. */
  readonly bridge: (request: string) => string;
}

/** How a page's process saw its run end. */
export type RunnerEnd =
  | { readonly kind: "ended"; readonly failure?: Failure }
  | { readonly kind: "timeout" | "memory" }
  | { readonly kind: "crashed"; readonly message: string };

/** What the page threw or left rejected, as strings isolated-vm copied out of it. */
export interface Failure {
  readonly name?: string;
  readonly message?: string;
  readonly stack?: string;
  readonly thrown?: string;
}

interface Runner {
  readonly child: ChildProcess;
  readonly channel: Socket;
  readonly kinds: Set<string>;
  /** Told each message of the page it runs. */
  listener?: (message: Record<string, unknown>) => void;
  /** Told why the process ended, if it ends while running a page. */
  ended?: (why: string) => void;
  stderr: string;
  alive: boolean;
}

/** Characters of one message from a runner: a page's whole output fits in far less. */
const largestMessage = 64 * 2 ** 20;

const idle: Runner[] = [];
const waiting: ((runner: Runner) => void)[] = [];
let started = 0;

/** Runs a page in a process of its own kind, and tells how it ended. */
export async function runInRunner(page: RunnerPage): Promise<RunnerEnd> {
  const runner = await take();
  const snapshot = runner.kinds.has(page.kind) ? undefined : await page.snapshot();
  let finished = false;
  try {
    const end = await run(runner, page, snapshot);
    finished = end.kind === "ended";
    if (finished) runner.kinds.add(page.kind);
    return end;
  } finally {
    if (finished) give(runner);
    else stop(runner);
  }
}

function run(runner: Runner, page: RunnerPage, snapshot: SnapshotSource | undefined): Promise<RunnerEnd> {
  const { child, channel } = runner;
  return new Promise<RunnerEnd>((resolve) => {
    const cpuAtStart = cpuTime(child.pid!);
    const startedAt = performance.now();
    const backstop = Math.max(3 * page.timeout, page.timeout + 10_000);
    const memoryCap = (page.memory + 384) * 2 ** 20;
    const finish = (end: RunnerEnd) => {
      clearInterval(watch);
      runner.listener = undefined;
      runner.ended = undefined;
      resolve(end);
    };
    // The parent's clock: a process that cannot be interrupted from inside is ended from here.
    const watch = setInterval(() => {
      const cpu = cpuTime(child.pid!);
      if (cpu !== undefined && cpuAtStart !== undefined ? cpu - cpuAtStart > page.timeout : false)
        return finish({ kind: "timeout" });
      if (performance.now() - startedAt > backstop + 5_000) return finish({ kind: "timeout" });
      if ((residentMemory(child.pid!) ?? 0) > memoryCap) finish({ kind: "memory" });
    }, 20);
    runner.ended = (why) => finish({ kind: "crashed", message: why });
    runner.listener = (message) => {
      if (message.op === "bridge") {
        const answer = typeof message.request === "string" ? page.bridge(message.request) : "";
        channel.write(`${JSON.stringify({ answer })}\n`);
      } else if (message.op === "too large") {
        finish({ kind: "memory" });
      } else if (message.op === "end") {
        const failure = failureOf(message.failure);
        if (failure?.message?.startsWith("Script execution timed out")) return finish({ kind: "timeout" });
        if (failure?.message && /memory limit/.test(failure.message)) return finish({ kind: "memory" });
        finish({ kind: "ended", failure });
      }
    };
    const request = {
      op: "page",
      kind: page.kind,
      snapshot,
      code: page.code,
      filename: page.filename,
      backstop,
      memory: page.memory,
    };
    channel.write(`${JSON.stringify(request)}\n`);
  });
}

/** Starts a runner ahead of the first page, where none is, so that its process starts while the host works. */
export function startRunnerEarly(): void {
  if (started === 0) give(start());
}

async function take(): Promise<Runner> {
  const runner =
    idle.pop() ??
    (started < availableParallelism() ? start() : await new Promise<Runner>((resolve) => waiting.push(resolve)));
  runner.child.ref();
  runner.channel.ref();
  return runner;
}

function give(runner: Runner): void {
  const next = waiting.shift();
  if (next) return next(runner);
  runner.child.unref();
  runner.channel.unref();
  idle.push(runner);
}

function stop(runner: Runner): void {
  runner.child.kill("SIGKILL");
  forget(runner);
  const next = waiting.shift();
  if (next) next(start());
}

function forget(runner: Runner): void {
  if (!runner.alive) return;
  runner.alive = false;
  started--;
  const at = idle.indexOf(runner);
  if (at >= 0) idle.splice(at, 1);
}

function start(): Runner {
  started++;
  const [command, ...args] = runnerCommand(runnerScript(), isolatedVmBinary());
  const child = spawn(command!, args, { stdio: ["ignore", "ignore", "pipe", "pipe"], env: { TZ: "UTC" } });
  const channel = child.stdio[3] as Socket;
  const runner: Runner = { child, channel, kinds: new Set(), stderr: "", alive: true };
  child.stderr!.on("data", (data: Buffer) => {
    runner.stderr = (runner.stderr + data.toString()).slice(-2_000);
  });
  (child.stderr as Socket).unref();
  let pending = "";
  channel.setEncoding("utf8");
  channel.on("data", (data: string) => {
    pending += data;
    // A message no page needs, held by the build: the page is over its memory, and its runner ends.
    if (pending.length > largestMessage) {
      pending = "";
      runner.listener?.({ op: "too large" });
      runner.child.kill("SIGKILL");
      return;
    }
    for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n")) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      // A runner is confined, not trusted: a message that is not one of its own ends it.
      let message: unknown;
      try {
        message = JSON.parse(line);
      } catch {}
      if (typeof message === "object" && message !== null) runner.listener?.(message as Record<string, unknown>);
      else runner.child.kill("SIGKILL");
    }
  });
  channel.on("error", () => {});
  child.on("exit", (code, signal) => {
    const ended = runner.ended;
    forget(runner);
    ended?.(
      `the process running the page ended (${signal ?? `exit code ${code}`}): ${runner.stderr.trim().split("\n").slice(-3).join(" ")}`,
    );
  });
  return runner;
}

/**
 * The command that starts `script` as a runner, confined: Node's permission model lets it read only the
 * script and isolated-vm's `binary` (which it is given to load), write nothing and start nothing; and,
 * since that model leaves the network open in Node 24, the process has a network of its own with nothing
 * in it (`offline`).
 */
export function runnerCommand(script: string, binary: string): string[] {
  return [
    ...offline(),
    process.execPath,
    "--permission",
    `--allow-fs-read=${script}`,
    `--allow-fs-read=${binary}`,
    "--allow-addons",
    "--no-warnings",
    "--max-old-space-size=256",
    "--disallow-code-generation-from-strings",
    script,
    binary,
  ];
}

let unshare: readonly string[] | undefined;

/**
 * `unshare` with the options that start a process in a network namespace of its own: no interface but a
 * loopback that is down, so no address of this machine or any other answers it, and no name server (a
 * name in /etc/hosts still resolves: libc reads the file, no socket is opened). As root, the namespace
 * alone; otherwise inside a user namespace of its own, where the kernel allows one. Tried once a process;
 * where neither works (not Linux, no util-linux, user namespaces turned off) runners run with the network,
 * and a warning says so: the isolate, which has no network binding, is then the only wall.
 */
function offline(): readonly string[] {
  if (unshare) return unshare;
  const command = (process.env.PATH ?? "/usr/bin:/bin")
    .split(delimiter)
    .map((folder) => join(folder, "unshare"))
    .find(existsSync);
  const options = [["--net"], ["--user", "--map-root-user", "--net"]].find(
    (tried) => command && spawnSync(command, [...tried, "true"], { stdio: "ignore" }).status === 0,
  );
  if (!command || !options)
    process.emitWarning(
      "pages' runner processes can reach the network: this machine cannot start them in a network namespace of their own (unshare --net)",
    );
  unshare = command && options ? [command, ...options] : [];
  return unshare;
}

/** A runner's account of what a page threw, its strings only. */
function failureOf(value: unknown): Failure | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { name, message, stack, thrown } = value as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === "string" ? field : undefined);
  return { name: text(name), message: text(message), stack: text(stack), thrown: text(thrown) };
}

/** The process's user and system CPU time in milliseconds, as Linux accounts it; undefined elsewhere. */
function cpuTime(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

function residentMemory(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * 4096;
  } catch {
    return undefined;
  }
}

/** isolated-vm's binary for this platform, loaded by path: the runner may read nothing else of node_modules. */
function isolatedVmBinary(): string {
  const require = createRequire(import.meta.url);
  const folder = dirname(require.resolve("isolated-vm/package.json"));
  const build = createRequire(join(folder, "package.json"))("node-gyp-build") as { path(folder: string): string };
  return build.path(folder);
}

/** runner.ts beside this module; once a site build has bundled this module into a chunk, the project's own. */
function runnerScript(): string {
  const beside = fileURLToPath(new URL("./runner.ts", import.meta.url));
  return existsSync(beside) ? beside : join(process.cwd(), "src/engine/sandbox/runner.ts");
}
