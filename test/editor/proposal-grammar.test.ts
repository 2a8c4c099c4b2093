import { expect, test } from "vitest";
import { findCandidates } from "#tools/scaffold/candidates.ts";

/** The proposals for a text, as id, period and unit. */
function proposals(text: string) {
  return findCandidates(text).facts.map(({ id, period, unit }) => [id, period, unit]);
}

// The kinds of sentence the editor met in a real release, in fictional figures.
test("an aside between a subject and its verb does not name the figure; a relative period is read", () => {
  expect(
    proposals(
      "Cumulative borrowers with successful drawdown, repeat borrowers included, were 32.1 million as of September 30, 2023, up 18.2% from 27.2 million one year before.\n",
    ),
  ).toEqual([
    ["cumulative-borrowers-with-successful-drawdown.2023-09-30", "2023-09-30", "count"],
    ["cumulative-borrowers-with-successful-drawdown.growth.2023-09-30", "2023-09-30", "percent"],
    ["cumulative-borrowers-with-successful-drawdown.2022-09-30", "2022-09-30", "count"],
  ]);
});

test('"of that …" and "of which" name the part; a share is `share`; "above" is growth; an opening period dates every figure', () => {
  expect(
    proposals(
      [
        "During the third quarter of 2023, total loan volume was RMB 120.5 billion, 18.2% above the same period of 2022.",
        "",
        "Of that volume, RMB 60.1 billion, or 49.9% of the total, was under the capital-light model.",
        "",
        "The outstanding balance was RMB 200.3 billion as of September 30, 2023, of which RMB 100.2 billion was through partners.",
        "",
        "Number of borrowers served in the third quarter of 2023 was 1,352,200, compared to 1,371,501 in the previous quarter.",
        "",
      ].join("\n"),
    ),
  ).toEqual([
    ["total-loan-volume.q3-2023", "Q3 2023", "RMB"],
    ["total-loan-volume.growth.q3-2023", "Q3 2023", "percent"],
    ["capital-light-model.q3-2023", "Q3 2023", "RMB"],
    ["capital-light-model.share.q3-2023", "Q3 2023", "percent"],
    ["outstanding-balance.2023-09-30", "2023-09-30", "RMB"],
    ["partners.2023-09-30", "2023-09-30", "RMB"],
    ["borrowers-served.q3-2023", "Q3 2023", "count"],
    ["borrowers-served.q2-2023", "Q2 2023", "count"],
  ]);
});
