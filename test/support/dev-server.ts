import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

export interface DevServer {
  readonly port: number;
  /** Everything the server printed so far, stdout and stderr, without colours. */
  log(): string;
  stop(): void;
}

/** `npm run dev` of the project at `root`, on a free port of 127.0.0.1. */
export async function startDevServer(root: string): Promise<DevServer> {
  const port = await freePort();
  // Vitest's own settings (NODE_ENV=test, Vite's import.meta.env values) would reconfigure the server.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(?:VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(name)),
  );
  const server: ChildProcess = spawn(
    process.execPath,
    [join(root, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(port), "--host", "127.0.0.1"],
    { cwd: root, env: { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" } },
  );
  let log = "";
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  return { port, log: () => log, stop: () => server.kill() };
}

/** A port no one listens on. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}
