import fc from "fast-check";
import { expect, test } from "vitest";
import { readSimpleYaml } from "#engine/yaml/simple-yaml.ts";
import { readAnyYaml } from "#engine/yaml/yaml.ts";
import { findCandidates } from "#tools/scaffold/candidates.ts";
import { factsYaml } from "#tools/scaffold/facts-yaml.ts";

/** Pieces of releases, with what makes YAML quote or escape: colons, hashes, quotes, backslashes, stock codes. */
const opening = fc.constantFrom(
  "Acme Holdings Ltd. (NASDAQ: ACME) today announced its results.",
  'Acme "the Company" (NYSE: AC.B; HKEX: 9999) reported: growth.',
  "Acme #1 lender, Form 6-K, File No. 001-38752, 88 Main Street, Springfield 10001.",
  "Acme's C:\\data\\ path \\b and a back\\slash, at 8:00 a.m. ET.",
  "Hinweis: Umsätze — ‘quoted’ and “curly” words, café, 中文 100.",
);
const amount = fc.constantFrom("RMB 12.4 billion", "US$300 million", "1,234", "8.8%", "(2.5)", "9.97 months");
const subject = fc.constantFrom(
  "Total revenues",
  "Net income: adjusted",
  "Loans #2",
  "Users 'active'",
  'The "key" ratio',
);
const period = fc.constantFrom("in 2024", "for the third quarter of 2023", "as of September 30, 2023", "");
const sentence = fc
  .tuple(subject, amount, period, amount)
  .map(([name, first, when, second]) => `${name} were ${first} ${when}, up from ${second} a year ago.`);
const table = fc
  .tuple(fc.constantFrom("(RMB in millions)", "(in thousands: US$)"), amount, amount)
  .map(([unit, a, b]) => `${unit}\t2023\t2024\nRevenue: net\t${a}\t${b}\n`);
const release = fc
  .tuple(opening, fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.option(table))
  .map(([first, rest, tab]) => [first, rest.join(" "), tab ?? ""].join("\n\n"));

test("the facts.yaml the scaffold writes is read by the simple reader, as the yaml library reads it, candidates intact", () => {
  fc.assert(
    fc.property(release, (text) => {
      const candidates = findCandidates(text);
      const written = factsYaml("acme-2024-6k", candidates);
      const simple = readSimpleYaml(written);
      expect(simple, written).toBeDefined();
      expect(simple!.data).toStrictEqual(readAnyYaml(written).data);
      const read = (simple!.data as { candidates: Record<string, unknown>[] }).candidates;
      expect(read.map((entry) => entry.pattern ?? entry.id)).toEqual([
        ...candidates.ignores.map(({ pattern }) => pattern),
        ...candidates.facts.map(({ id }) => id),
      ]);
      expect(read.filter((entry) => "quote" in entry).map((entry) => entry.quote)).toEqual(
        candidates.facts.flatMap(({ anchor }) => ("quote" in anchor ? [anchor.quote] : [])),
      );
    }),
    { numRuns: 150 },
  );
});
