import { createServer, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { extname, join, relative, isAbsolute } from "node:path";

export interface StaticServer {
  /** Where the site is served, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  close(): Promise<void>;
}

// Pagefind's index files (.pf_meta, .pf_index, .pf_fragment) are binary: they fall back to octet-stream.
const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/**
 * Serves the built site in `root` on 127.0.0.1 and a free port, the way a static host would: `/x/` is
 * `x/index.html`, `/x` redirects to `/x/` when `x` is a folder, anything else missing is the site's 404.
 */
export async function serve(root: string): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const file = join(root, decodeURIComponent(pathname));
    const inside = relative(root, file);
    if (inside.startsWith("..") || isAbsolute(inside)) return send(response, 403, "text/plain", "forbidden");
    const kind = await stat(file).catch(() => undefined);
    if (kind?.isDirectory() && !pathname.endsWith("/")) {
      return response.writeHead(301, { location: `${pathname}/` }).end();
    }
    const target = kind?.isDirectory() ? join(file, "index.html") : file;
    const body = await readFile(target).catch(() => undefined);
    if (body) return send(response, 200, contentType(target), body);
    const notFound = await readFile(join(root, "404.html")).catch(() => "not found");
    send(response, 404, typeof notFound === "string" ? "text/plain" : contentTypes[".html"]!, notFound);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

function contentType(file: string): string {
  return contentTypes[extname(file)] ?? "application/octet-stream";
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" }).end(body);
}
