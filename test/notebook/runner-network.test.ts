import { spawn } from "node:child_process";
import { createSocket } from "node:dgram";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { runnerCommand } from "#engine/sandbox/runners.ts";

// The second wall's network side: code that escaped a page's isolate into its runner process has that
// process's means, and must reach no socket from there. The probe is started as runners are, confined as
// they are, and tries TCP, HTTP, fetch, a DNS query and a UDP datagram towards servers this test opens.
const probe = fileURLToPath(new URL("fixtures/network-probe.ts", import.meta.url));

test("a runner process reaches no server, not even one on the machine's own loopback, and resolves no name", async () => {
  const reached: string[] = [];
  const server = createServer((socket) => {
    reached.push("tcp");
    socket.destroy();
  });
  const udp = createSocket("udp4").on("message", () => reached.push("udp"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => udp.bind(0, "127.0.0.1", resolve));
  try {
    const tcpPort = (server.address() as AddressInfo).port;
    const udpPort = udp.address().port;
    const [command, ...args] = runnerCommand(probe, process.execPath);
    const child = spawn(command!, [...args, String(tcpPort), String(udpPort)], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (data: Buffer) => (output += data.toString()));
    child.stderr.on("data", (data: Buffer) => (output += data.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code, output).toBe(0);
    const ends = JSON.parse(output) as Record<string, string>;
    expect(Object.keys(ends)).toEqual(["tcp", "http", "fetch", "dns", "udp"]);
    for (const [attempt, end] of Object.entries(ends)) expect(end, `${attempt}: ${output}`).not.toBe("reached");
    expect(reached).toEqual([]);
  } finally {
    server.close();
    udp.close();
  }
});
