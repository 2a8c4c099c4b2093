import type { IncomingMessage, ServerResponse } from "node:http";
import type { HotPayload, Plugin } from "vite";

/** Where a failed page asks for its error. */
const endpoint = "/@recount/page-error";
/** How long a failed page's question waits for Astro to send the error (it highlights the page's code first). */
const patience = 60_000;

type ErrorPayload = Extract<HotPayload, { type: "error" }>;

/**
 * In `astro dev`, a page that fails to render answers with an empty HTTP 500 page that loads Vite's client,
 * and Astro sends the error to the overlay over the HMR socket 200 ms after the response: to whichever
 * clients are connected then, or, if none is, to the next one. A page whose client connects after another
 * page's (another tab open, or the reloaded page's old socket still open) received nothing and stayed
 * blank. So the failed page asks for its error by itself, as Vite's own error page carries its error: it
 * fetches the first error Astro sends after the response and opens the overlay with it.
 */
export function pageErrorOverlay(): Plugin {
  let last: { at: number; error: ErrorPayload["err"] } | undefined;
  const waiting = new Set<() => void>();
  /** The first error sent at or after `since`, once there is one, or undefined after `patience`. */
  const errorSince = (since: number) =>
    new Promise<ErrorPayload["err"] | undefined>((resolve) => {
      const check = () => {
        if (last && last.at >= since) resolve(last.error);
        else return false;
        waiting.delete(check);
        clearTimeout(timer);
        return true;
      };
      const timer = setTimeout(() => (waiting.delete(check), resolve(undefined)), patience);
      if (!check()) waiting.add(check);
    });
  return {
    name: "recount:page-error-overlay",
    apply: "serve",
    configureServer(server) {
      const hot = server.environments.client.hot;
      const send = hot.send.bind(hot) as (...args: unknown[]) => void;
      hot.send = ((...args: unknown[]) => {
        const [payload] = args;
        if (isErrorPayload(payload)) {
          last = { at: Date.now(), error: payload.err };
          for (const check of waiting) check();
        }
        send(...args);
      }) as typeof hot.send;
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? "/", "http://localhost");
        if (url.pathname !== endpoint) return (askForError(request, response), next());
        void errorSince(Number(url.searchParams.get("since"))).then((error) => {
          if (!error) return void response.writeHead(204).end();
          response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
          response.end(JSON.stringify(error));
        });
      });
    },
  };
}

function isErrorPayload(payload: unknown): payload is ErrorPayload {
  return typeof payload === "object" && payload !== null && (payload as HotPayload).type === "error";
}

/**
 * Adds to an HTML page answered with status 500 the script that opens the overlay with its error, the first
 * one sent after the page was.
 */
function askForError(request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== "GET") return;
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let failed = false;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((each) => typeof each === "object" && each !== null) as
      Record<string, unknown> | undefined;
    const type = String(headers?.["Content-Type"] ?? headers?.["content-type"] ?? response.getHeader("Content-Type"));
    failed = status === 500 && type.startsWith("text/html");
    if (failed) {
      // The script makes the page longer than the length Astro declares.
      for (const name of Object.keys(headers ?? {})) if (name.toLowerCase() === "content-length") delete headers![name];
      response.removeHeader("Content-Length");
    }
    return writeHead(status, ...rest);
  }) as typeof response.writeHead;
  response.end = ((...args: unknown[]) => {
    if (!failed) return end(...args);
    // The page's own text comes first, written before the `end` call or with it.
    const [chunk] = args;
    if (typeof chunk === "string" || chunk instanceof Uint8Array) response.write(chunk);
    return end(
      overlayScript(Date.now()),
      args.find((each) => typeof each === "function"),
    );
  }) as typeof response.end;
}

/** The page's request for its error, and the overlay opened with it, as Vite's client opens it. */
function overlayScript(since: number): string {
  return `<script type="module">
import { ErrorOverlay } from "/@vite/client";
const answer = await fetch(${JSON.stringify(`${endpoint}?since=${since}`)});
if (answer.status === 200) {
  const error = await answer.json();
  document.querySelectorAll("vite-error-overlay").forEach((overlay) => overlay.close());
  document.body.appendChild(new ErrorOverlay(error));
}
</script>`;
}
