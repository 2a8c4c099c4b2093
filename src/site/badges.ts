/**
 * What a badge can say: a check's outcome, or where a number came from. The keys are the CSS classes
 * (`.badge.rounding`), the values the words a reader sees.
 */
export const badgeLabels = {
  exact: "exact",
  holds: "holds",
  rounding: "within rounding",
  "expected-discrepancy": "expected discrepancy",
  inconsistent: "inconsistent",
  "not-verifiable": "not verifiable from the disclosures",
  disclosed: "disclosed",
  computed: "computed",
  illustrative: "illustrative",
} as const;

export type BadgeKind = keyof typeof badgeLabels;
