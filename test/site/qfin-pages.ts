/** The QFIN 6-K explainer: its filing's id and its rebuttal sections' slugs, in page order after the overview. */
export const qfinFiling = "qfin-2024-09-27-6k";
export const qfinSections = [
  "samr-data",
  "regional-headquarters",
  "qibutianxia-vie",
  "delinquency-and-provisions",
  "leverage",
  "interest-rates",
];
