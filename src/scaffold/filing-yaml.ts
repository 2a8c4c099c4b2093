/**
 * A new filing's filing.yaml: every field of src/filings/metadata.ts, empty, with what to write in it.
 * Empty fields fail `npm run check`, each at its line, until they are filled in.
 */
export function filingYaml(filing: string): string {
  return [
    `# The metadata of ${filing}: fill in every field, then run \`npm run check\`.`,
    '# The fields are described in README.md ("Adding a filing") and checked by src/filings/metadata.ts.',
    "",
    '# The company that filed it, as it names itself: "Qifu Technology, Inc."',
    'issuer: ""',
    '# Where its shares trade, one or more: ["NASDAQ: QFIN", "HKEx: 3660"]',
    "tickers: []",
    "# The form it was filed on: 6-K, 8-K, 10-Q, 20-F…",
    'form: ""',
    "# The day it was filed, written YYYY-MM-DD.",
    'filed: ""',
    "# The title of its page on the site: what the filing is about, in a few words.",
    'title: ""',
    "# One paragraph (at least 40 characters) on what it discloses; it opens the filing's page and its feed item.",
    'summary: ""',
    "# Optional: what it answers (a report, a letter), e.g. Grizzly Research short-seller report of 26 September 2024.",
    "# respondsTo: ",
    "# Optional: the address of the filing as published, e.g. on the SEC's EDGAR.",
    "# source: https://",
    "",
  ].join("\n");
}
