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

/**
 * Scores one release: each reviewed fact against the candidate for the same number (its line and printed
 * form; where a line prints the same form twice, "$0.12 …, down from …, or $0.12", the first against the first).
 */
export function scoreRelease(release: string, from = fixtures): ProposalScore {
  const dir = join(from, release);
  const loaded = loadFacts(dir, { root: dir });
  if (loaded.errors.length)
    throw new Error(
      `${release}: the reviewed facts.yaml does not load:\n${loaded.errors.map((error) => error.format()).join("\n\n")}`,
    );
  const periods = new Map(
    (parse(readFileSync(join(dir, "facts.yaml"), "utf8")) as { facts: { id: string; period: string }[] }).facts.map(
      ({ id, period }) => [id, String(period)],
    ),
  );
  const key = (line: number, printed: string) => `${line} ${printed}`;
  const text = readFileSync(join(dir, "source.txt"), "utf8");
  // As the scaffold reads it: a release's folder is named as its filing would be, by the date filed.
  const candidates = findCandidates(text, { filed: filedOn(release, proposeMetadata(text)) }).facts;
  const proposed = Map.groupBy(candidates, (candidate) => key(candidate.line, candidate.printed));
  let facts = 0;
  let idsKept = 0;
  let periodsKept = 0;
  for (const fact of [...loaded.facts.values()].sort((a, b) => a.span.start - b.span.start)) {
    const candidate = proposed.get(key(fact.span.line, fact.printed))?.shift();
    if (!candidate) continue;
    facts++;
    if (candidate.id === fact.id) idsKept++;
    if ((candidate.period ?? "") === periods.get(fact.id)) periodsKept++;
  }
  return { release, facts, idsKept, periodsKept, ignored: candidates.length - facts };
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
}
