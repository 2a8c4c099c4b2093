import { timeline } from "#engine/charts/index.ts";

// Dates given in the filing.
export default function spinOffToReport() {
  return timeline({
    id: "timeline",
    caption: "From the spin-off to the short seller's report",
    events: [
      { date: "2016-07", when: "July 2016", event: "Shanghai Qiyu incorporated" },
      { date: "2018-04", when: "April 2018", event: "360 Finance, Inc. incorporated in the Cayman Islands" },
      { date: "2020-10", when: "October 2020", event: "Shanghai joint venture set up" },
      { date: "2021-12", when: "December 2021", event: "360 Group's 30% of the joint venture bought" },
      { date: "2024-08-13", when: "August 13, 2024", event: "Hongyi Zhou resigns as chairman" },
      { date: "2024-09-26", when: "September 26, 2024", event: "Short seller's report" },
    ],
  });
}
