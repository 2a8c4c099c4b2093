import * as Plot from "@observablehq/plot";
import { chart, type Chart } from "./chart.ts";

/** A dated event as a filing states it: `when` as printed ("July 2016"), `date` as YYYY-MM or YYYY-MM-DD. */
export interface TimelineEvent {
  readonly date: string;
  readonly when: string;
  readonly event: string;
}

/**
 * Events along a time axis, one row each, so that events days apart never overprint one another. A month
 * alone is drawn at its first day. Labels sit on the side of their dot with the most room. The
 * description lists every event, so the chart reads without seeing it.
 */
export function timeline({ id, caption, events }: { id: string; caption: string; events: readonly TimelineEvent[] }): Chart {
  const data = events.map((event) => ({ ...event, at: new Date(event.date.length === 7 ? `${event.date}-01` : event.date) }));
  const times = data.map(({ at }) => at.getTime());
  const middle = (Math.min(...times) + Math.max(...times)) / 2;
  const label = (side: "start" | "end") =>
    Plot.text(data, {
      x: "at",
      y: "event",
      text: (d) => `${d.when}: ${d.event}`,
      textAnchor: side,
      dx: side === "start" ? 7 : -7,
      filter: (d) => (side === "start") === d.at.getTime() <= middle,
    });
  return chart({
    id,
    caption,
    description: `A timeline: ${events.map(({ when, event }) => `${when}, ${event}`).join("; ")}.`,
    data,
    columns: [{ key: "when", label: "Date" }, "event"],
    height: 40 + 26 * data.length,
    marginLeft: 20,
    marginRight: 20,
    x: { label: null, inset: 10 },
    y: { axis: null, domain: data.map(({ event }) => event) },
    marks: [
      Plot.ruleY(data, { y: "event", strokeOpacity: 0.15 }),
      Plot.dot(data, { x: "at", y: "event", fill: "currentColor", r: 3.5 }),
      label("start"),
      label("end"),
    ],
  });
}
