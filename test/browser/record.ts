import type { Page, Request } from "playwright-core";

export interface PageRecord {
  /** Console errors and uncaught exceptions, in the order they happened. */
  errors: string[];
  requests: Request[];
}

/**
 * Records what a page does from now on. Requests that leave localhost are recorded and then refused, so
 * a test sees them without depending on the network.
 */
export async function record(page: Page): Promise<PageRecord> {
  const record: PageRecord = { errors: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") record.errors.push(message.text());
  });
  page.on("pageerror", (error) => record.errors.push(error.message));
  page.on("request", (request) => record.requests.push(request));
  await page.route(
    (url) => !isLocal(url),
    (route) => route.abort("blockedbyclient"),
  );
  return record;
}

/** The URLs of requests made to any host but this machine. */
export function remoteRequests({ requests }: PageRecord): string[] {
  return requests.map((request) => request.url()).filter((url) => !isLocal(new URL(url)));
}

/** The URLs of the scripts a page requested. */
export function scriptRequests({ requests }: PageRecord): string[] {
  return requests.filter((request) => request.resourceType() === "script").map((request) => request.url());
}

// data:, blob: and about: URLs never reach a host.
function isLocal({ protocol, hostname }: URL): boolean {
  return !/^(https?|wss?):$/.test(protocol) || ["127.0.0.1", "localhost", "[::1]"].includes(hostname);
}
