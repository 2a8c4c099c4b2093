import { monthName } from "#engine/facts/calendar.ts";

/** A change in basis points, a unit Recount does not have: ignored, and no part of a figure's name. */
export const basisPoints = String.raw`\b\d+(?:\.\d+)? (?:basis points?|bps)\b`;

/**
 * Kinds of number that are rarely facts, each as the ignore entry that would account for them: a pattern
 * matched against the source's plain text, and the reason. The scaffold proposes one only for numbers
 * printed bare (no currency, scale, % or decimals), so "RMB 2024 million" stays a candidate fact; one marked
 * `anyForm` covers a number however it is printed: a figure in a unit Recount does not have ("3.8 million
 * ounces"), which README says to ignore until the unit exists, or the length of a period ("a trailing 12 months").
 */
export const ignoreProposals: readonly {
  readonly pattern: string;
  readonly reason: string;
  readonly anyForm?: true;
}[] = [
  { pattern: String.raw`\b(?:19|20)\d{2}\b`, reason: "years name periods, not figures" },
  {
    pattern: String.raw`\b${monthName} \d{1,2}\b`,
    reason: "days of calendar dates say when, not how much",
  },
  { pattern: String.raw`\b\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?\b`, reason: "dates written in digits (03/31/14)" },
  { pattern: String.raw`\b[HQ][1-4]\b`, reason: "names of quarters and half-years" },
  {
    pattern: String.raw`\b[1-4][QH][ :]?\d{2}(?:\d{2})?\b|\b[QH][1-4] ?'\d{2}\b`,
    reason: "quarters and half-years written short (1Q19, 3Q:24, Q3'24)",
  },
  { pattern: String.raw`\bFY ?'?\d{2}(?:\d{2})?\b`, reason: "fiscal years (FY2024, FY24)" },
  { pattern: "[¹²³⁴⁵⁶⁷⁸⁹⁰]+", reason: "footnote markers" },
  { pattern: String.raw`\b\d+[A-Z]\b`, reason: "names that open on digits (4G networks, 3D printers)" },
  {
    pattern: String.raw`\b(?:[A-Z]{1,3}-?|[A-Z]{4,}-)\d+s?\b`,
    reason: "names that close on digits (A320 aircraft, F-150 trucks, COVID-19)",
  },
  { pattern: String.raw`(?<=\d(?:-to-|:))1\b`, reason: "the 1 of a ratio printed as 1.2-to-1 or 0.99:1" },
  {
    pattern: String.raw`\btrailing (?:12|twelve)[ -]months?\b`,
    reason: "the length of a trailing period, not a figure",
    anyForm: true,
  },
  { pattern: String.raw`\((?:i{1,3}|iv|vi{0,3}|ix|x)\)`, reason: "list markers" },
  {
    pattern: String.raw`\b(?:NASDAQ|Nasdaq|NYSE|HKEx|HKEX|SEHK|SSE|SZSE|LSE|TSX|[Ss]tock [Cc]ode) ?: ?[A-Z0-9.]+`,
    reason: "stock codes name a listing",
  },
  { pattern: String.raw`\bForm \d{1,2}-[A-Z]{1,2}\b`, reason: "form numbers name an SEC form" },
  { pattern: String.raw`\bASC \d{3}\b`, reason: "accounting standards are named by their topic's number (ASC 606)" },
  { pattern: String.raw`\b\d{3}-\d{5}\b`, reason: "file numbers name a registration" },
  {
    pattern: String.raw`\b\d+ (?:[A-Z][a-z]+ ){1,4}(?:Road|Street|Avenue|Boulevard|Drive|Lane|Plaza)\b(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)* \d{5,6}\b)?`,
    reason: "street addresses",
  },
  { pattern: String.raw`\b\d{1,2}:\d{2} ?[APap]\.?[Mm]\.?`, reason: "times of day" },
  { pattern: String.raw`\b\d+[ -]days?\+?`, reason: "names of delinquency buckets (days past due)" },
  { pattern: String.raw`\b\d+(?:\.\d+)? cents?\b`, reason: "amounts in cents, a unit Recount does not have" },
  {
    pattern: basisPoints,
    reason: "changes in basis points, a unit Recount does not have",
  },
  {
    pattern: String.raw`\b\d[\d,]*(?:\.\d+)?(?: to \d[\d,]*(?:\.\d+)?)?(?: (?:thousand|million|billion))?(?: [a-z]+)? (?:ounces|tons|tonnes|barrels|gallons|megawatts|megawatt-hours)\b`,
    reason: "amounts in a unit Recount does not have (ounces, tons, barrels, megawatts)",
    anyForm: true,
  },
  {
    pattern: String.raw`(?<![A-Za-z])(?!US)[A-Z]{1,3}\$ ?\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion))?`,
    reason: "amounts in another country's dollar (NT$, HK$), a unit Recount does not have",
    anyForm: true,
  },
  {
    pattern: String.raw`\b(?:13|14|26|27|39|40|52|53)[ -][Ww]eeks?\b`,
    reason: "lengths of periods counted in weeks (the 13 weeks ended …), not figures",
    anyForm: true,
  },
  { pattern: String.raw`\b[Tt]op \d{1,3}\b`, reason: "ranks name a group (the top 6 competitors), not a figure" },
];
