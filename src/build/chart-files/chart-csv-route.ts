import type { APIRoute, GetStaticPaths } from "astro";
import { pageCharts } from "./page-outputs.ts";
import { siteReport } from "#build/gate/report.ts";

/**
 * Each chart's data as CSV, next to the page that draws it (the figure's "Download the data" link), for
 * `astro dev` only: a build writes the same files straight from its report (see chart-files.ts).
 */
export const getStaticPaths = (async () =>
  pageCharts(await siteReport()).map(({ filing, page, chart }) => ({
    params: { filing, page, chart: chart.id },
    props: { csv: chart.csv },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.csv as string, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
