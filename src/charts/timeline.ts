import * as Plot from "@observablehq/plot";
import { chart, type Chart } from "./chart.ts";

/** A dated event as a filing states it: `when` as printed ("July 2016"), `date` as YYYY-MM or YYYY-MM-DD. */
export interface TimelineEvent {
  readonly date: string;
  readonly when: string;
  readonly event: string;
}

/**
 * Events along a time axis, labels alternating above and below so that neighbours do not collide. A month
 * alone is drawn at its first day. The description lists every event, so the chart reads without seeing it.
 */
export function timeline({ id, caption, events }: { id: string; caption: string; events: readonly TimelineEvent[] }): Chart {
  const data = events.map((event, i) => ({ ...event, at: new Date(event.date.length === 7 ? `${event.date}-01` : event.date), lane: i % 2 ? -1 : 1 }));
  const label = (lineAnchor: "top" | "bottom") =>
    Plot.text(data, { x: "at", y: "lane", text: "event", lineWidth: 10, lineAnchor, filter: (d) => (lineAnchor === "bottom" ? d.lane > 0 : d.lane < 0) });
  return chart({
    id,
    caption,
    description: `A timeline: ${events.map(({ when, event }) => `${when}, ${event}`).join("; ")}.`,
    data,
    columns: [{ key: "when", label: "Date" }, "event"],
    height: 240,
    marginLeft: 50,
    marginRight: 50,
    x: { label: null, inset: 10 },
    y: { axis: null, domain: [-1.7, 1.7] },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX(data, { x: "at", y1: 0, y2: "lane", strokeOpacity: 0.4 }),
      Plot.dot(data, { x: "at", y: 0, fill: "currentColor", r: 3 }),
      label("bottom"),
      label("top"),
    ],
  });
}
