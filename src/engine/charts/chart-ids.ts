// What a chart's ids and widths are, apart from the drawing (chart.ts): the host admits charts (admit.ts)
// and writes their figures (figure.ts) with these, without loading Plot.

/**
 * The widths, in CSS pixels, every chart is drawn at, narrowest first. A page shows the widest that
 * fits its column (charts.css, by container query), so a chart is never scaled up and is scaled down
 * only in a column narrower than 280 px, which a 320 px screen does not have. Each variant lays out
 * its own ticks and labels for its width, in text of `chartTextSize`. Options in pixels (height,
 * margins, dx) are Plot's, at its 10 px text: they show 1.3 times as large.
 */
export const chartWidths = [280, 440, 640] as const;
export type ChartWidth = (typeof chartWidths)[number];

/** The element ids of a chart's figure; the SVG's own ids all start with `prefix`. */
export function chartIds(id: string) {
  const prefix = `chart-${id}`;
  return {
    prefix,
    figure: prefix,
    caption: `${prefix}-caption`,
    description: `${prefix}-description`,
    variant: (width: ChartWidth) => `${prefix}-w${width}`,
  };
}

export const chartIdHint =
  'use lowercase letters, digits and single hyphens, e.g. "provisions-by-period"; the id names the chart\'s CSV file and its element ids';
