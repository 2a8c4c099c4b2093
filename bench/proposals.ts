// `node bench/proposals.ts`: how much of the scaffold's proposals an editor keeps. For each release in
// test/fixtures/proposals/ (its source.txt and the facts.yaml an editor reviewed from the scaffold's
// candidates), the share of the reviewed facts whose id, and whose period, the scaffold proposed as they
// are; and how many numbers it proposed as facts that the editor ignored (stock codes, addresses…). The
// releases of test/fixtures/proposals-held-out/ (excerpts of real releases, reviewed without looking at
// the proposals) are kept out of the rules' development: scored apart, they say how well the rules generalise.
// Those of test/fixtures/proposals-developing/ were scored so as they landed (BENCHMARKS.md), then developed on,
// without yet reaching the floor the developed-on set is held to.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { loadFacts } from "#engine/facts/load.ts";
import { plainText } from "#engine/facts/plain.ts";
import { findCandidates } from "#tools/scaffold/candidates.ts";
import { filedOn, proposeMetadata } from "#tools/scaffold/filing-proposal.ts";

/** The releases the scaffold's rules were developed on. */
export const fixtures = join(import.meta.dirname, "../test/fixtures/proposals");
/** Releases of other issuers and kinds that no rule was written against. */
export const heldOut = join(import.meta.dirname, "../test/fixtures/proposals-held-out");
/** Releases first scored held out, then developed on: below the developed-on set's floor so far. */
export const developing = join(import.meta.dirname, "../test/fixtures/proposals-developing");

export interface ProposalScore {
  readonly release: string;
  /** Reviewed facts matched to the candidate proposed for the same printed number. */
  readonly facts: number;
  readonly idsKept: number;
  readonly periodsKept: number;
  /** Candidates proposed as facts whose number the reviewed file ignores. */
  readonly ignored: number;
}

/** A reviewed fact as scoring compares it: where the text prints it, its id and its period. */
interface Reviewed {
  /** Its line and printed form, which a candidate or another review of the same number shares. */
  readonly key: string;
  readonly id: string;
  readonly period: string;
}

const key = (line: number, printed: string) => `${line} ${printed}`;

/** A release's reviewed facts, in the order the text prints them; throws where its facts.yaml does not load. */
function reviewed(dir: string): Reviewed[] {
  const loaded = loadFacts(dir, { root: dir });
  if (loaded.errors.length)
    throw new Error(
      `${dir}: the reviewed facts.yaml does not load:\n${loaded.errors.map((error) => error.format()).join("\n\n")}`,
    );
  const periods = new Map(
    (parse(readFileSync(join(dir, "facts.yaml"), "utf8")) as { facts: { id: string; period: string }[] }).facts.map(
      ({ id, period }) => [id, String(period)],
    ),
  );
  // Keyed by the number as the text prints it where it stands (a range's high end is shown with its low end's
  // "approximately", which the text prints before the low end).
  const printedAt = ({ span }: { span: { start: number; end: number } }) =>
    plainText(loaded.source!.raw.slice(span.start, span.end));
  return [...loaded.facts.values()]
    .sort((a, b) => a.span.start - b.span.start)
    .map((fact) => ({ key: key(fact.span.line, printedAt(fact)), id: fact.id, period: periods.get(fact.id) ?? "" }));
}

/**
 * Pairs each of `facts` with the first unpaired one of `others` for the same printed number (where a line prints
 * the same form twice, "$0.12 …, down from …, or $0.12", the first with the first); a fact without one is left out.
 */
function paired<T extends { readonly key: string }>(facts: readonly Reviewed[], others: readonly T[]): [Reviewed, T][] {
  const by = Map.groupBy(others, (other) => other.key);
  return facts.flatMap((fact) => {
    const other = by.get(fact.key)?.shift();
    return other ? [[fact, other] as [Reviewed, T]] : [];
  });
}

/** The scaffold's candidates for a release's text, keyed as reviewed facts are. */
function proposals(release: string, dir: string): { key: string; id: string; period: string }[] {
  const text = readFileSync(join(dir, "source.txt"), "utf8");
  // As the scaffold reads it: a release's folder is named as its filing would be, by the date filed.
  return findCandidates(text, { filed: filedOn(release, proposeMetadata(text)) }).facts.map((candidate) => ({
    key: key(candidate.line, candidate.printed),
    id: candidate.id,
    period: candidate.period ?? "",
  }));
}

/** Scores one release: each reviewed fact against the candidate proposed for the same printed number. */
export function scoreRelease(release: string, from = fixtures): ProposalScore {
  const dir = join(from, release);
  const candidates = proposals(release, dir);
  const pairs = paired(reviewed(dir), candidates);
  return {
    release,
    facts: pairs.length,
    idsKept: pairs.filter(([fact, candidate]) => candidate.id === fact.id).length,
    periodsKept: pairs.filter(([fact, candidate]) => candidate.period === fact.period).length,
    ignored: candidates.length - pairs.length,
  };
}

/** Releases a second editor reviewed again, from README and the text alone, without seeing the first review. */
export const secondReview = join(import.meta.dirname, "../test/fixtures/proposals-second-review");

/** How two reviews of one release agree, and how the scaffold agrees with each, on the facts both confirmed. */
export interface Agreement {
  readonly release: string;
  /** Numbers both reviews confirmed as facts. */
  readonly facts: number;
  readonly idsAlike: number;
  readonly periodsAlike: number;
  /** Of those, the ids the scaffold proposed as the first review has them, and as the second. */
  readonly idsProposed: readonly [number, number];
}

/**
 * Each release of the second review against its first (in whichever set it is now): how often two editors who
 * follow README give one number the same id and period. What the scaffold can be held to on held-out text is
 * bounded by it: an id two editors name apart is one no proposal can give both.
 */
export function agreements(): Agreement[] {
  if (!existsSync(secondReview)) return [];
  return readdirSync(secondReview, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name: release }) => {
      const first = [fixtures, developing, heldOut].map((from) => join(from, release)).find(existsSync);
      if (!first) throw new Error(`${release}: a second review of a release no set holds`);
      const candidates = proposals(release, first);
      const pairs = paired(reviewed(first), reviewed(join(secondReview, release)));
      const proposed = (review: 0 | 1) =>
        paired(
          pairs.map((pair) => pair[review]),
          candidates,
        ).filter(([fact, candidate]) => candidate.id === fact.id).length;
      return {
        release,
        facts: pairs.length,
        idsAlike: pairs.filter(([a, b]) => a.id === b.id).length,
        periodsAlike: pairs.filter(([a, b]) => a.period === b.period).length,
        idsProposed: [proposed(0), proposed(1)],
      };
    });
}

/** The scores of every release in `from`; none while the folder is missing (held-out releases moved, none fresh yet). */
export function scoreProposals(from = fixtures): ProposalScore[] {
  if (!existsSync(from)) return [];
  return readdirSync(from, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => scoreRelease(name, from));
}

/** The scores added up. */
export function totalScore(scores: readonly ProposalScore[]): Omit<ProposalScore, "release"> {
  return scores.reduce(
    (sum, score) => ({
      facts: sum.facts + score.facts,
      idsKept: sum.idsKept + score.idsKept,
      periodsKept: sum.periodsKept + score.periodsKept,
      ignored: sum.ignored + score.ignored,
    }),
    { facts: 0, idsKept: 0, periodsKept: 0, ignored: 0 },
  );
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;

if (import.meta.main) {
  console.log("| release | facts | ids kept | periods kept | proposed as facts, ignored |\n|---|---:|---:|---:|---:|");
  for (const [from, all] of [
    [fixtures, "all developed on"],
    [developing, "all developing"],
    [heldOut, "all held out"],
  ] as const) {
    const scores = scoreProposals(from);
    if (!scores.length) continue;
    for (const { release, ...score } of [...scores, { release: `**${all}**`, ...totalScore(scores) }]) {
      console.log(
        `| ${release} | ${score.facts} | ${score.idsKept} (${percent(score.idsKept, score.facts)}) | ${score.periodsKept} (${percent(score.periodsKept, score.facts)}) | ${score.ignored} |`,
      );
    }
  }
  const reviews = agreements();
  if (reviews.length) {
    console.log(
      "\n| second review | facts both confirmed | ids alike | periods alike | ids proposed as the first, the second review |\n|---|---:|---:|---:|---:|",
    );
    const sum = (part: (review: Agreement) => number) => reviews.reduce((all, review) => all + part(review), 0);
    const total: Agreement = {
      release: "**together**",
      facts: sum((review) => review.facts),
      idsAlike: sum((review) => review.idsAlike),
      periodsAlike: sum((review) => review.periodsAlike),
      idsProposed: [sum((review) => review.idsProposed[0]), sum((review) => review.idsProposed[1])],
    };
    for (const { release, facts, idsAlike, periodsAlike, idsProposed } of [...reviews, total])
      console.log(
        `| ${release} | ${facts} | ${idsAlike} (${percent(idsAlike, facts)}) | ${periodsAlike} (${percent(periodsAlike, facts)}) | ${idsProposed[0]}, ${idsProposed[1]} |`,
      );
  }
}
