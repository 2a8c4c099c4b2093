import { isoDate, monthName, monthNumber } from "#engine/facts/calendar.ts";
import { parsePeriod } from "#engine/facts/period.ts";
import { dateline } from "./sentences.ts";

/** A metadata field read from the filing's text, with where it was read, for the editor to confirm. */
export interface ProposedField<T> {
  readonly value: T;
  readonly line: number;
  /** The words it was read from. */
  readonly printed: string;
}

export interface MetadataProposal {
  readonly issuer?: ProposedField<string>;
  readonly tickers?: ProposedField<string[]>;
  readonly form?: ProposedField<string>;
  readonly filed?: ProposedField<string>;
}

const month = String.raw`(?<month>${monthName})`;
const date = String.raw`${month} (?<day>\d{1,2}), (?<year>\d{4})`;

/** How each field is found: the first match in the text, in the order the patterns are tried. */
const patterns = {
  // A company's legal name ends in its form of incorporation: "Qifu Technology, Inc.", "Larkspur Lending Ltd."
  issuer: [
    /(?<![\w.])(?:[A-Z][\w'&-]*,? ){1,6}(?:Inc\.|Ltd\.|Limited|Corp\.|Corporation|Co\., Ltd\.|plc|N\.V\.|S\.A\.|AG|SE)(?=[\s,(]|$)/m,
  ],
  form: [/\bForm (\d{1,2}-[A-Z]{1,2})\b/i],
  // The signature block's "Date:" is the day the report was signed and furnished; else a press release's dateline.
  filed: [new RegExp(String.raw`^Date: ${date}`, "m"), new RegExp(String.raw`^${dateline}`, "m")],
} as const;

const exchanges = String.raw`NASDAQ|Nasdaq|NYSE|NYSE American|HKEx|HKEX|SEHK|SSE|SZSE|LSE|TSX`;

/** Issuer, tickers, form and date filed, where the text states them; absent fields are left for the editor. */
export function proposeMetadata(text: string): MetadataProposal {
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  const first = (list: readonly RegExp[]) =>
    list.map((pattern) => pattern.exec(text)).find((match) => match !== null) ?? undefined;
  const proposal: { -readonly [K in keyof MetadataProposal]: MetadataProposal[K] } = {};

  const issuer = first(patterns.issuer);
  if (issuer)
    proposal.issuer = {
      value: issuer[0].replace(/\s+/g, " ").trim(),
      line: lineAt(issuer.index),
      printed: issuer[0].trim(),
    };

  const form = first(patterns.form);
  if (form) proposal.form = { value: form[1]!.toUpperCase(), line: lineAt(form.index), printed: form[0] };

  const filed = first(patterns.filed);
  if (filed?.groups) {
    const { month: name, day, year } = filed.groups;
    proposal.filed = {
      value: isoDate(year!, monthNumber(name!), Number(day)),
      line: lineAt(filed.index),
      printed: filed[0],
    };
  }

  // Tickers: every "EXCHANGE: CODE" of the first parenthesis that names any, as in "(NASDAQ: QFIN; HKEx: 3660)".
  const listing = new RegExp(String.raw`\((?:[^()]*?\b(?:${exchanges}) ?: ?[A-Z0-9.]+)+[^()]*\)`).exec(text);
  if (listing) {
    const value = Array.from(
      listing[0].matchAll(new RegExp(String.raw`\b(${exchanges}) ?: ?([A-Z0-9.]+)`, "g")),
      ([, exchange, code]) => `${exchange}: ${code}`,
    );
    proposal.tickers = { value, line: lineAt(listing.index), printed: listing[0] };
  }
  return proposal;
}

/**
 * The day a filing was filed: as its text says (`proposal`, proposeMetadata's), else as its id says, which names
 * it by the date filed ("rga-2012-07-26-8k"); undefined when neither does.
 */
export function filedOn(id: string, proposal: MetadataProposal): string | undefined {
  const named = /(?:^|-)(\d{4}-\d{2}-\d{2})(?=-|$)/.exec(id)?.[1];
  return proposal.filed?.value ?? (parsePeriod(named ?? "")?.kind === "instant" ? named : undefined);
}
