export {
  chart,
  chartIds,
  chartTextSize,
  chartWidths,
  type Chart,
  type ChartOptions,
  type ChartVariant,
  type ChartWidth,
  type PlotLayout,
} from "./chart.ts";
export { figureHtml } from "./figure.ts";
export { background, palette } from "./palette.ts";
export type { Align, ColumnOption, DataTable, TableColumn } from "#engine/tables/table.ts";
export { timeline, type TimelineEvent } from "./timeline.ts";
export { waterfall, type WaterfallBar, type WaterfallKind, type WaterfallStep } from "./waterfall.ts";
