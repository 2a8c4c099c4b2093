import * as Plot from "@observablehq/plot";
import { chart, plotTextSize, plotWidth, type Chart } from "./chart.ts";

/** A dated event as a filing states it: `when` as printed ("July 2016"), `date` as YYYY-MM or YYYY-MM-DD. */
export interface TimelineEvent {
  readonly date: string;
  readonly when: string;
  readonly event: string;
}

/**
 * Events along a time axis, one row each, so that events days apart never overprint one another: each
 * row is the event's label, wrapped to the chart's width, above a dot at its date. A month alone is
 * drawn at its first day. The description lists every event, so the chart reads without seeing it.
 */
export function timeline({
  id,
  caption,
  events,
}: {
  id: string;
  caption: string;
  events: readonly TimelineEvent[];
}): Chart {
  const data = events.map((event) => ({
    ...event,
    at: new Date(event.date.length === 7 ? `${event.date}-01` : event.date),
    label: `${event.when}: ${event.event}`,
  }));
  return chart({
    id,
    caption,
    description: `A timeline: ${events.map(({ when, event }) => `${when}, ${event}`).join("; ")}.`,
    data,
    columns: [{ key: "when", label: "Date" }, "event"],
    atWidth: (width) => {
      // Rows are laid out here, in Plot's units (an identity y scale), as each is as tall as its label's lines.
      const lineWidth = (plotWidth(width) - 2 * margin) / plotTextSize;
      let top = margin;
      const rows = data.map((event) => {
        const lines = wrap(event.label, lineWidth);
        const row = {
          ...event,
          lines: lines.join("\n"),
          labelY: top,
          dotY: top + lines.length * lineHeight * plotTextSize + 6,
        };
        top = row.dotY + 14;
        return row;
      });
      return {
        height: top + 16,
        marginLeft: margin,
        marginRight: margin,
        x: { label: null, inset: 6, ticks: Math.floor(width / 70) },
        y: { type: "identity", axis: null },
        marks: [
          Plot.ruleY(rows, { y: "dotY", strokeOpacity: 0.15 }),
          Plot.dot(rows, { x: "at", y: "dotY", fill: "currentColor", r: 3.5 }),
          Plot.text(rows, {
            y: "labelY",
            text: "lines",
            frameAnchor: "left",
            textAnchor: "start",
            lineAnchor: "top",
            lineHeight,
          }),
        ],
      };
    },
  });
}

const margin = 12;
const lineHeight = 1.2;

/**
 * A label broken into lines of at most `lineWidth` ems, word by word, taking each character as 0.6 em:
 * wider than most characters are in the site's fonts, so that no line runs off the chart. The chart
 * breaks the lines itself, rather than Plot, so that it knows how tall each row is.
 */
function wrap(label: string, lineWidth: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && (last.length + 1 + word.length) * 0.6 <= lineWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
