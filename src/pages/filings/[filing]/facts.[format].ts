import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { columns } from "#engine/tables/table.ts";
import { csv } from "#engine/tables/csv.ts";
import { factRecord } from "#engine/facts/json.ts";
import { siteReport } from "#build/gate/report.ts";

/** A filing's facts to download, as JSON and as CSV: what each number is, as printed and as an interval. */
export const getStaticPaths = (async () =>
  (await getCollection("filings")).flatMap((filing) =>
    ["json", "csv"].map((format) => ({ params: { filing: filing.id, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const loaded = (await siteReport()).facts.find((facts) => facts.filing === params.filing);
  const records = Array.from(loaded?.facts.values() ?? [], (fact) => ({
    ...factRecord(fact),
    label: fact.label,
    period: fact.period.label,
  }));
  if (params.format === "json")
    return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
  const keys = [
    "id",
    "label",
    "period",
    "printed",
    "value",
    "lo",
    "hi",
    "unit",
    "scale",
    "qualifier",
    "quote",
    "file",
    "line",
  ] as const;
  return new Response(csv(records, columns(records, [...keys])), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
