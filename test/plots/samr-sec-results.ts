import * as Plot from "@observablehq/plot";
import { chart } from "#engine/charts/index.ts";

// Section "The SAMR (SAIC) Financial Data Used in the Report is Completely Wrong", RMB billions.
const results = [
  { measure: "Total revenues", year: 2022, filing: "SAMR", value: 17.0 },
  { measure: "Total revenues", year: 2022, filing: "SEC", value: 16.6 },
  { measure: "Total revenues", year: 2023, filing: "SAMR", value: 16.0 },
  { measure: "Total revenues", year: 2023, filing: "SEC", value: 16.3 },
  { measure: "Net profits", year: 2022, filing: "SAMR", value: 5.2 },
  { measure: "Net profits", year: 2022, filing: "SEC", value: 4.0 },
  { measure: "Net profits", year: 2023, filing: "SAMR", value: 4.7 },
  { measure: "Net profits", year: 2023, filing: "SEC", value: 4.3 },
];

export default function samrSecResults() {
  return chart({
    id: "samr-sec-results",
    caption: "Revenues and net profits as filed with the SAMR and with the SEC",
    description:
      "Grouped bars, RMB billions. Revenues: SAMR 17.0 and SEC 16.6 in 2022, SAMR 16.0 and SEC 16.3 in 2023. Net profits: SAMR 5.2 and SEC 4.0 in 2022, SAMR 4.7 and SEC 4.3 in 2023.",
    data: results,
    columns: [
      "measure",
      "year",
      { key: "filing", label: "Filed with" },
      { key: "value", label: "RMB billions", format: (value) => value.toFixed(1) },
    ],
    fx: { label: null, tickFormat: "d" },
    marginRight: 80,
    fy: { label: null, domain: ["Total revenues", "Net profits"] },
    x: { axis: null },
    y: { label: "RMB billions", grid: true, domain: [0, 18] },
    color: { legend: true },
    marks: [
      Plot.barY(results, { fx: "year", fy: "measure", x: "filing", y: "value", fill: "filing" }),
      Plot.text(results, {
        fx: "year",
        fy: "measure",
        x: "filing",
        y: "value",
        text: (d) => d.value.toFixed(1),
        dy: -6,
        lineAnchor: "bottom",
      }),
      Plot.ruleY([0]),
    ],
  });
}
