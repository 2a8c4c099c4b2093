export { chart, chartTextSize, type Chart, type ChartOptions, type ChartVariant, type PlotLayout } from "./chart.ts";
export { chartIds, chartWidths, type ChartWidth } from "./chart-ids.ts";
export { figureHtml } from "./figure.ts";
export { background, palette } from "./palette.ts";
export type { Align, ColumnOption, DataTable, TableColumn } from "#engine/tables/table.ts";
export { timeline, type TimelineEvent } from "./timeline.ts";
export { waterfall, type WaterfallBar, type WaterfallKind, type WaterfallStep } from "./waterfall.ts";
