import { expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { agreements, developing, heldOut, scoreProposals, secondReview, totalScore } from "../../bench/proposals.ts";

// Where the rules stand on the releases of test/fixtures/proposals/ (999 of 1104 ids, 1098 of 1104 periods in
// round 14 of 2026-12-07; BENCHMARKS.md has the scores), above the targets (80 %, 90 %): a change to
// the scaffold that makes editors rewrite more of its proposals on the text it was developed on fails here.
// The floor for ids is 90 %: of the 105 ids missed, most are names no word of their sentence gives ("mobile
// ARPU" for "average revenue per user per month", "before working capital changes" for "Before non-cash
// changes in working capital") and the rest reviewers' conventions that disagree with each other ("Net income
// attributable to ordinary shareholders" is net income in one release, named whole in two others); a rule to
// meet them would be written for those releases. 17 are awr's, whose writer turned a table's rows into
// sentences ("Water: $0.25 in Q4 2012 and $0.22 in Q4 2011, a change of $0.03."; README says to keep a table
// a table): with them the floor holds by five ids.
test("an editor keeps at least 90 % of the proposed ids and 99 % of the proposed periods", () => {
  const scores = scoreProposals();
  expect(scores.length).toBeGreaterThanOrEqual(2);
  const total = (key: "facts" | "idsKept" | "periodsKept") => scores.reduce((sum, score) => sum + score[key], 0);
  expect(total("idsKept") / total("facts")).toBeGreaterThanOrEqual(0.9);
  expect(total("periodsKept") / total("facts")).toBeGreaterThanOrEqual(0.99);
  for (const { release, ignored } of scores) expect(ignored, release).toBe(0);
});

// The held-out and developing releases (BENCHMARKS.md says which and why) are scored, not held to the targets: a
// smoke test that each loads as reviewed and is matched to proposals, so the bench cannot silently score nothing.
test.for([
  [
    heldOut,
    [
      "agro-2025-05-12-6k",
      "algt-2010-10-27-8k",
      "amc-2018-11-08-8k",
      "amt-2013-10-30-8k",
      "athm-2024-07-31-6k",
      "atro-2025-11-04-8k",
      "bb-2021-12-21-8k",
      "bcp-2005-10-26-8k",
      "blx-2011-04-27-6k",
      "byd-2013-10-31-8k",
      "casy-2017-09-05-8k",
      "cb-2008-07-24-8k",
      "chd-2012-05-04-8k",
      "che-2025-04-23-8k",
      "cht-2023-11-02-6k",
      "cns-2016-10-19-8k",
      "cpx-2010-07-21-8k",
      "crox-2021-10-21-8k",
      "cyn-2013-07-18-8k",
      "din-2011-05-03-8k",
      "dri-2015-09-22-8k",
      "dtg-2011-05-05-8k",
      "dxpe-2024-05-08-8k",
      "epm-2013-09-11-8k",
      "ew-2014-04-24-8k",
      "faf-2020-04-23-8k",
      "fbnc-2024-07-24-8k",
      "felp-2015-05-07-8k",
      "fibk-2026-04-29-8k",
      "flr-2018-08-02-8k",
      "fun-2025-08-06-8k",
      "gl-2025-10-22-8k",
      "gpc-2020-02-19-8k",
      "gra-2012-07-25-8k",
      "gts-2021-05-06-8k",
      "hep-2009-10-29-8k",
      "himx-2021-04-07-6k",
      "hmn-2013-04-24-8k",
      "hubg-2011-10-24-8k",
      "intu-2023-11-28-8k",
      "ivc-2013-02-08-8k",
      "jazz-2015-11-09-8k",
      "jns-2016-01-26-8k",
      "ksu-2014-07-18-8k",
      "lii-2023-04-27-8k",
      "lpx-2010-05-10-8k",
      "lzb-2010-06-14-8k",
      "merc-2016-10-27-8k",
      "mgrc-2016-11-01-8k",
      "mmyt-2011-05-11-6k",
      "mndy-2022-05-16-6k",
      "mpwr-2013-10-24-8k",
      "msex-2006-10-27-8k",
      "ntes-2024-08-22-6k",
      "ntr-2025-05-07-6k",
      "nus-2012-04-26-8k",
      "nvr-2023-04-25-8k",
      "o-2007-05-02-8k",
      "pins-2024-11-07-8k",
      "pnm-2011-05-06-8k",
      "prov-2025-04-28-8k",
      "qlys-2019-05-01-8k",
      "rexx-2008-02-25-8k",
      "sah-2020-02-19-8k",
      "salm-2017-08-07-8k",
      "scl-2023-02-16-8k",
      "sem-2000-07-20-8k",
      "sfn-2010-02-03-8k",
      "sna-2013-07-18-8k",
      "supn-2016-05-03-8k",
      "tds-2012-05-04-8k",
      "tho-2006-11-27-8k",
      "uhs-2016-04-28-8k",
      "usph-2006-08-01-8k",
      "utl-2025-05-06-8k",
      "vac-2017-05-04-8k",
      "vivo-2022-08-05-8k",
      "wcg-2015-08-05-8k",
      "wcn-2007-07-23-8k",
      "wdfc-2014-07-09-8k",
      "wern-2017-04-20-8k",
      "wynn-2013-04-25-8k",
      "xhr-2017-11-07-8k",
    ],
    2281,
  ],
  [
    developing,
    [
      "abmd-2019-01-31-8k",
      "bby-2013-03-01-8k",
      "bro-2014-04-21-8k",
      "bwmn-2021-08-11-8k",
      "bws-2008-03-05-8k",
      "cabo-2023-02-23-8k",
      "cai-2018-07-31-8k",
      "calm-2012-10-01-8k",
      "cde-2013-05-09-8k",
      "chef-2022-02-09-8k",
      "ctb-2021-05-03-8k",
      "cvh-2007-10-26-8k",
      "dbrn-2010-11-18-8k",
      "denn-2023-02-13-8k",
      "dfs-2008-12-18-8k",
      "dgx-2021-10-21-8k",
      "dhi-2011-07-28-8k",
      "dla-2006-08-18-8k",
      "dqe-2006-11-03-8k",
      "fbk-2025-10-14-8k",
      "fizz-2024-12-05-8k",
      "fll-2025-05-08-8k",
      "gd-2023-01-25-8k",
      "gva-2007-04-25-8k",
      "hcci-2019-07-24-8k",
      "hees-2011-08-04-8k",
      "hott-2008-11-19-8k",
      "hp-2013-04-25-8k",
      "isil-2016-04-26-8k",
      "kalu-2008-05-08-8k",
      "kamn-2018-02-27-8k",
      "kelya-2015-11-04-8k",
      "kirk-2009-08-26-8k",
      "lnn-2012-03-28-8k",
      "mat-2003-04-17-8k",
      "omc-2015-10-20-8k",
      "pmc-2009-04-30-8k",
      "rcl-2005-10-26-8k",
      "rga-2012-07-26-8k",
      "rm-2014-04-29-8k",
      "simo-2018-08-01-6k",
      "stld-2023-01-25-8k",
      "stz-2026-06-30-8k",
      "tnk-2019-11-13-6k",
      "tpb-2025-05-07-8k",
      "tra-2008-07-24-8k",
      "tso-2011-11-02-8k",
      "tss-2013-04-23-8k",
      "ups-2005-07-21-8k",
      "wit-2023-10-18-6k",
      "wmk-2003-10-17-8k",
      "yrcw-2013-11-12-8k",
      "zlc-2014-05-20-8k",
    ],
    1492,
  ],
] as const)("the releases of %s load and are scored", ([from, releases, facts]) => {
  const scores = scoreProposals(from);
  expect(scores.map(({ release }) => release)).toEqual(releases);
  for (const { release, facts, idsKept, periodsKept } of scores) {
    expect(facts, release).toBeGreaterThan(5);
    expect(idsKept, release).toBeLessThanOrEqual(facts);
    expect(periodsKept, release).toBeLessThanOrEqual(facts);
  }
  expect(totalScore(scores).facts).toBe(facts);
});

// The second review (BENCHMARKS.md): each release read again by another editor, of the same text, is paired with
// its first review number by number, so the agreement the bench reports is of the same figures.
test("each second review is of its release's text, and is paired with its first review", () => {
  const reviews = agreements();
  expect(reviews.map(({ release }) => release)).toEqual([
    "bcp-2005-10-26-8k",
    "byd-2013-10-31-8k",
    "chef-2022-02-09-8k",
    "ctb-2021-05-03-8k",
    "dbrn-2010-11-18-8k",
    "din-2011-05-03-8k",
    "dla-2006-08-18-8k",
    "faf-2020-04-23-8k",
    "gl-2025-10-22-8k",
    "ivc-2013-02-08-8k",
    "kamn-2018-02-27-8k",
    "msex-2006-10-27-8k",
    "rm-2014-04-29-8k",
    "wmk-2003-10-17-8k",
  ]);
  for (const { release, facts, idsAlike, periodsAlike, idsProposed } of reviews) {
    const first = [heldOut, developing].map((from) => join(from, release, "source.txt")).find(existsSync);
    expect(first, `${release}: a second review of a release no set holds`).toBeDefined();
    expect(readFileSync(join(secondReview, release, "source.txt"), "utf8"), release).toBe(readFileSync(first!, "utf8"));
    expect(facts, release).toBeGreaterThan(5);
    for (const part of [idsAlike, periodsAlike, ...idsProposed]) expect(part, release).toBeLessThanOrEqual(facts);
  }
});
