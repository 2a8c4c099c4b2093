import { stringify } from "yaml";
import type { MetadataProposal, ProposedField } from "./filing-proposal.ts";

/**
 * A new filing's filing.yaml: every field of src/engine/filings/metadata.ts, with what to write in it. Fields the
 * text states (issuer, tickers, form, date filed) are filled in from it, each saying where it was read, and
 * listed under `unreviewed:`, which fails `npm run check` until the editor has checked them and deleted it.
 * Empty fields fail it too, each at its line, until they are filled in.
 */
export function filingYaml(
  filing: string,
  proposal: MetadataProposal = {},
  { original }: { original?: string | undefined } = {},
): string {
  const proposed = (Object.keys(proposal) as (keyof MetadataProposal)[]).filter((key) => proposal[key]);
  const order = ["issuer", "tickers", "form", "filed"] as const;
  const field = (key: keyof MetadataProposal, empty: string): string[] => {
    const found: ProposedField<unknown> | undefined = proposal[key];
    if (!found) return [`${key}: ${empty}`];
    return [
      `# proposed from line ${found.line}: ${JSON.stringify(found.printed)}`,
      `${key}: ${stringify(found.value, { flow: true, lineWidth: 0 }).trimEnd()}`,
    ];
  };
  return [
    `# The metadata of ${filing}: fill in every field, then run \`npm run check\`.`,
    '# The fields are described in README.md ("Adding a filing") and checked by src/engine/filings/metadata.ts.',
    ...(proposed.length
      ? [
          "# These fields were read from the text: check each against the filing, then delete this line.",
          `unreviewed: [${order.filter((key) => proposed.includes(key)).join(", ")}]`,
        ]
      : []),
    "",
    '# The company that filed it, as it names itself: "Qifu Technology, Inc."',
    ...field("issuer", '""'),
    '# Where its shares trade, one or more: ["NASDAQ: QFIN", "HKEx: 3660"]',
    ...field("tickers", "[]"),
    "# The form it was filed on: 6-K, 8-K, 10-Q, 20-F…",
    ...field("form", '""'),
    "# The day it was filed, written YYYY-MM-DD.",
    ...field("filed", '""'),
    "# The title of its page on the site: what the filing is about, in a few words.",
    'title: ""',
    "# One paragraph (at least 40 characters) on what it discloses; it opens the filing's page and its feed item.",
    'summary: ""',
    "# Optional: what it answers (a report, a letter), e.g. Grizzly Research short-seller report of 26 September 2024.",
    "# respondsTo: ",
    "# Optional: the address of the filing as published, e.g. on the SEC's EDGAR.",
    "# source: https://",
    ...(original
      ? [
          "# The file source.txt was read from: its text, blocks as paragraphs and tables as tab-separated rows.",
          `original: ${stringify(original).trimEnd()}`,
        ]
      : []),
    "",
  ].join("\n");
}
