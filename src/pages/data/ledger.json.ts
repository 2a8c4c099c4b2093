import type { APIRoute } from "astro";
import { siteReport } from "#build/gate/report.ts";
import { reportJson } from "#engine/verify/report-json.ts";

/** Every check of every filing, as `npm run check -- --json` prints it. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(reportJson(await siteReport()), null, 2)}\n`, {
    headers: { "Content-Type": "application/json" },
  });
