export { chart, chartIds, type Chart, type ChartOptions } from "./chart.ts";
export { figureHtml } from "./figure.ts";
export { background, palette } from "./palette.ts";
export type { Align, ColumnOption, Table, TableColumn } from "./table.ts";
export { timeline, type TimelineEvent } from "./timeline.ts";
export { waterfall, type WaterfallBar, type WaterfallKind, type WaterfallStep } from "./waterfall.ts";
