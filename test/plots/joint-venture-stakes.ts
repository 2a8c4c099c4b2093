import * as Plot from "@observablehq/plot";
import { background, chart } from "#engine/charts/index.ts";

// Section on the regional headquarters: the Company held 40% and 360 Group 30%, then the Company
// bought 360 Group's 30%; the third party's 30% is what remains of 100%.
const stakes = [
  { when: "October 2020", holder: "Qifu Technology", stake: 40 },
  { when: "October 2020", holder: "360 Group", stake: 30 },
  { when: "October 2020", holder: "Independent third party", stake: 30 },
  { when: "December 2021", holder: "Qifu Technology", stake: 70 },
  { when: "December 2021", holder: "Independent third party", stake: 30 },
];

export default function jointVentureStakes() {
  return chart({
    id: "joint-venture-stakes",
    caption: "Who held the Shanghai joint venture",
    description:
      "Stacked horizontal bars of equity interest. October 2020: Qifu Technology 40%, 360 Group 30%, an independent third party 30%. December 2021: Qifu Technology 70%, the third party 30%.",
    data: stakes,
    columns: ["when", "holder", { key: "stake", label: "Equity interest (%)" }],
    height: 140,
    marginLeft: 90,
    x: { label: "Equity interest (%)", domain: [0, 100] },
    y: { label: null, domain: ["October 2020", "December 2021"] },
    color: { legend: true, domain: ["Qifu Technology", "360 Group", "Independent third party"] },
    marks: [
      Plot.barX(stakes, { y: "when", x: "stake", fill: "holder" }),
      Plot.text(
        stakes,
        Plot.stackX({
          y: "when",
          x: "stake",
          text: (d) => `${d.stake}%`,
          fill: "currentColor",
          stroke: background,
          paintOrder: "stroke",
        }),
      ),
    ],
  });
}
