import * as Plot from "@observablehq/plot";
import { chart } from "../../src/charts/index.ts";

// Dates given in the filing; a month alone is drawn at its first day.
const events = [
  { date: new Date("2016-07-01"), when: "July 2016", event: "Shanghai Qiyu incorporated" },
  { date: new Date("2018-04-01"), when: "April 2018", event: "360 Finance, Inc. incorporated in the Cayman Islands" },
  { date: new Date("2020-10-01"), when: "October 2020", event: "Shanghai joint venture set up" },
  { date: new Date("2021-12-01"), when: "December 2021", event: "360 Group's 30% of the joint venture bought" },
  { date: new Date("2024-08-13"), when: "August 13, 2024", event: "Hongyi Zhou resigns as chairman" },
  { date: new Date("2024-09-26"), when: "September 26, 2024", event: "Short seller's report" },
].map((event, i) => ({ ...event, lane: i % 2 ? -1 : 1 }));

export default function timeline() {
  return chart({
    id: "timeline",
    caption: "From the spin-off to the short seller's report",
    description:
      "A timeline: Shanghai Qiyu incorporated in July 2016; the Cayman holding company in April 2018; the Shanghai joint venture set up in October 2020; 360 Group's stake in it bought in December 2021; Hongyi Zhou resigns on August 13, 2024; the short seller's report on September 26, 2024.",
    data: events,
    columns: [{ key: "when", label: "Date" }, "event"],
    height: 220,
    marginLeft: 50,
    marginRight: 50,
    x: { label: null, inset: 10 },
    y: { axis: null, domain: [-1.6, 1.6] },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX(events, { x: "date", y1: 0, y2: "lane", strokeOpacity: 0.4 }),
      Plot.dot(events, { x: "date", y: 0, fill: "currentColor", r: 3 }),
      Plot.text(events, { x: "date", y: "lane", text: "event", lineWidth: 10, lineAnchor: "bottom", filter: (d) => d.lane > 0 }),
      Plot.text(events, { x: "date", y: "lane", text: "event", lineWidth: 10, lineAnchor: "top", filter: (d) => d.lane < 0 }),
    ],
  });
}
