import { spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { inScratchProject, tscPath } from "./scratch-project.ts";

/** What an editor's hover shows for a name: its type as tsc prints it, and its doc comment, each as one line. */
export interface Hover {
  readonly signature: string;
  readonly doc: string;
}

/**
 * What an editor's hover shows for each of `names` in a cell, given `declarations` (see globalsDeclarations):
 * tsc's language server's signature and doc comment ("" where it finds none). The cell reference is read
 * this way, so that its signatures are the types cells are checked against and its words those an editor sees.
 */
export async function hovers(
  names: readonly string[],
  { declarations, root = process.cwd() }: { declarations: string; root?: string },
): Promise<Record<string, Hover>> {
  // One name a line, each at its line's start.
  const cell = `${names.map((name) => `${name};`).join("\n")}\nexport {};\n`;
  const files = new Map([
    ["globals.ts", declarations],
    ["cell.ts", cell],
  ]);
  return inScratchProject(root, files, async (scratch) => {
    const server = languageServer(root);
    try {
      await server.request("initialize", {
        processId: process.pid,
        rootUri: pathToFileURL(scratch).href,
        // Markdown, where the signature is a fenced block apart from the doc comment.
        capabilities: { textDocument: { hover: { contentFormat: ["markdown"] } } },
      });
      server.notify("initialized", {});
      const uri = pathToFileURL(join(scratch, "cell.ts")).href;
      server.notify("textDocument/didOpen", {
        textDocument: { uri, languageId: "typescript", version: 1, text: cell },
      });
      const found: Record<string, Hover> = {};
      for (const [line, name] of names.entries()) {
        const hover = (await server.request("textDocument/hover", {
          textDocument: { uri },
          position: { line, character: 0 },
        })) as { contents?: { value?: string } } | null;
        found[name] = parts(hover?.contents?.value ?? "");
      }
      await server.request("shutdown");
      server.notify("exit");
      return found;
    } finally {
      server.close();
    }
  });
}

/** A hover's signature (the fenced block it opens with) and the doc comment after it, each as one line. */
function parts(hover: string): Hover {
  const [, signature = "", doc = hover] = /^```\w*\n([^]*?)\n```\n?([^]*)$/.exec(hover) ?? [];
  const line = (text: string) => text.replace(/\s+/g, " ").trim();
  return { signature: line(signature), doc: line(doc) };
}

/** tsc's language server, spoken to in JSON-RPC over its standard input and output. */
function languageServer(root: string) {
  const child = spawn(process.execPath, [tscPath(root), "--lsp", "--stdio"], { cwd: root, stdio: "pipe" });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let received = Buffer.alloc(0);
  let lastId = 0;
  const send = (message: object) => {
    const text = JSON.stringify({ jsonrpc: "2.0", ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  };
  const fail = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  child.on("error", fail);
  child.on("exit", (code) => fail(new Error(`tsc's language server exited (${code})`)));
  child.stdout.on("data", (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    for (let end; (end = received.indexOf("\r\n\r\n")) >= 0;) {
      const length = Number(/Content-Length: (\d+)/i.exec(received.subarray(0, end).toString())?.[1]);
      if (received.length < end + 4 + length) return;
      const message = JSON.parse(received.subarray(end + 4, end + 4 + length).toString());
      received = received.subarray(end + 4 + length);
      // A request of the server's own (for configuration, say) is answered with nothing.
      if (message.method && message.id !== undefined) send({ id: message.id, result: null });
      else if (message.id !== undefined) {
        const { resolve, reject } = pending.get(message.id) ?? {};
        pending.delete(message.id);
        if (message.error) reject?.(new Error(`tsc's language server: ${message.error.message}`));
        else resolve?.(message.result);
      }
    }
  });
  return {
    request: (method: string, params?: unknown) =>
      new Promise<unknown>((resolve, reject) => {
        pending.set(++lastId, { resolve, reject });
        send({ id: lastId, method, params });
      }),
    notify: (method: string, params?: unknown) => send({ method, params }),
    close: () => child.kill(),
  };
}
