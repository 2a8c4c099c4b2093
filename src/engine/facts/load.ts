import { basename, join, relative } from "node:path";
import { readTextSync } from "#engine/text/read-text.ts";
import { codeFrame } from "#engine/diagnostics/code-frame.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { coverage as accountFor, ignoreRule } from "./coverage.ts";
import type { Coverage, IgnoreRule } from "./coverage.ts";
import type { Fact } from "./fact.ts";
import { readFactsFile } from "./facts-file.ts";
import type { FactsFileReading } from "./facts-file.ts";
import { findAtAnchor } from "./anchor.ts";
import type { FilingText } from "./anchor.ts";
import { makeFact } from "./make-fact.ts";
import { findPrintedNumbers } from "./parse-number.ts";
import { plainText } from "./plain.ts";
import type { CandidateEntry, FactsFile } from "./schema.ts";
import { readSource } from "./source.ts";
import type { Source } from "./source.ts";
import { findTables } from "./table.ts";
import type { SourceTable } from "./table.ts";

/** A filing's facts, how its numbers are accounted for, and every error found on the way. */
export interface LoadedFacts {
  readonly filing: string;
  readonly facts: ReadonlyMap<string, Fact>;
  /** Undefined when the facts file or the source cannot be read at all. */
  readonly coverage: Coverage | undefined;
  readonly errors: readonly RecountError[];
  /**
   * The source text the facts were read from, read once per verification: the quotations are checked
   * against it and the site prints it, so that a file saved meanwhile is never published unverified.
   * Undefined when it cannot be read.
   */
  readonly source: Source | undefined;
  /**
   * Whether every fact was found at its anchor: what may remain (candidates to review, numbers not yet
   * accounted for, unused ignore entries) changes no figure a cell reads, so the filing's pages can run.
   */
  readonly anchored: boolean;
}

/**
 * Reads `<filingDir>/facts.yaml` against `<filingDir>/source.txt`: every fact parsed at its anchor, and
 * every number of the source accounted for. Errors are collected, not thrown, so an editor sees them all;
 * paths in them are relative to `root`. Coverage is judged only once every entry is in place, so a broken
 * quote is not reported a second time as an unaccounted number.
 */
export function loadFacts(filingDir: string, { root = process.cwd() }: { root?: string } = {}): LoadedFacts {
  const filing = basename(filingDir);
  const read = (name: keyof typeof emptyHints) => readText(join(filingDir, name), root, emptyHints[name]);
  const [facts, source] = [read("facts.yaml"), read("source.txt")];
  if (facts instanceof RecountError || source instanceof RecountError) {
    return {
      filing,
      facts: new Map(),
      coverage: undefined,
      errors: [facts, source].filter((result) => result instanceof RecountError),
      source: source instanceof RecountError ? undefined : readSource(source.text, source.file),
      anchored: false,
    };
  }
  const text = readSource(source.text, source.file);
  const file = readFactsFile(facts.text, facts.file);
  if (!file.data)
    return { filing, facts: new Map(), coverage: undefined, errors: file.errors, source: text, anchored: false };
  return check(filing, file.data, text, file);
}

function check(filing: string, data: FactsFile, source: Source, file: FactsFileReading): LoadedFacts {
  const errors: RecountError[] = [];
  const text: FilingText = {
    source,
    numbers: findPrintedNumbers(source.text),
    tables: declaredTables(data, source, file, errors),
  };
  const facts = new Map<string, Fact>();
  const lines = new Map<string, number>();
  data.facts.forEach((entry, i) => {
    const path = ["facts", i];
    collect(errors, () => {
      if (lines.has(entry.id)) {
        throw file.error(
          [...path, "id"],
          `fact id "${entry.id}" is declared twice (first at line ${lines.get(entry.id)})`,
          "give each fact its own id",
        );
      }
      lines.set(entry.id, file.line(path));
      const anchored = findAtAnchor(entry, path, text, file);
      if (anchored) facts.set(entry.id, makeFact(entry, anchored, { filing, path, file }));
    });
  });
  const rules = data.ignore.flatMap(
    (entry, i) => collect(errors, () => ignoreRule(entry, ["ignore", i], source, file)) ?? [],
  );
  const { coverage, unused } = accountFor(filing, source, facts.values(), rules);
  const anchored = !errors.length;
  if (!errors.length) errors.push(...unused.map((rule) => unusedError(rule, file)));
  // Numbers still proposed as candidates are not yet accounted for; the candidates' error says so once.
  if (data.candidates.length) errors.push(unreviewedError(data.candidates, file));
  else if (!errors.length) errors.push(...coverage.unaccounted.map((number) => unaccountedError(number, source, file)));
  return { filing, facts, coverage, errors, source, anchored };
}

/** The declared tables by id, found by the start of their header line; undefined for one not found. */
function declaredTables(
  data: FactsFile,
  source: Source,
  file: FactsFileReading,
  errors: RecountError[],
): Map<string, SourceTable | undefined> {
  const inSource = findTables(source.raw);
  const headers = inSource.map(({ header }) => `"${header}"`).join(", ");
  return new Map(
    data.tables.map(({ id, header }, i) => {
      const found = inSource.filter((table) => table.header.startsWith(plainText(header)));
      if (found.length !== 1) {
        errors.push(
          found.length
            ? file.error(
                ["tables", i, "header"],
                `${found.length} tables in ${source.file} start with "${header}"`,
                `quote more of the header line, e.g. its column labels: ${headers}`,
              )
            : file.error(
                ["tables", i, "header"],
                `no table in ${source.file} starts with "${header}"`,
                headers ? `the tables start with ${headers}` : "the source has no tab-separated tables",
              ),
        );
      }
      const misaligned = found.length === 1 ? found[0]!.misaligned : undefined;
      if (misaligned) errors.push(misalignedError(misaligned, source));
      return [id, found.length === 1 && !misaligned ? found[0] : undefined];
    }),
  );
}

/** A table with a row wider or narrower than its header: its figures would be read under the wrong columns. */
function misalignedError(
  { line, cells, columns }: NonNullable<SourceTable["misaligned"]>,
  source: Source,
): RecountError {
  return new RecountError(
    `table row has ${cells} cells and its header ${columns}: which column each figure is under cannot be told`,
    {
      location: { file: source.file, line },
      frame: codeFrame(source.raw.replaceAll("\t", " → "), line),
      hint: "give every row of the table one tab-separated cell per column of its header, an empty one where it prints nothing (for an HTML filing, scaffold it again: its rows are laid out as the browser shows them)",
    },
  );
}

function unusedError({ entry, path }: IgnoreRule, file: FactsFileReading): RecountError {
  return file.error(
    path,
    `ignore entry accounts for no number: ${entry.quote === undefined ? `/${entry.pattern}/` : `"${entry.quote}"`}`,
    "remove it, or fix it to cover a number the source prints",
  );
}

/** One error listing every candidate left, each at its line, so an editor can work down the list. */
function unreviewedError(candidates: readonly CandidateEntry[], file: FactsFileReading): RecountError {
  const count = candidates.length;
  const lines = candidates.map((entry, i) => `  ${file.file}:${file.line(["candidates", i])}  ${candidateName(entry)}`);
  return new RecountError(`${count} candidate${count === 1 ? " is" : "s are"} not reviewed yet:\n${lines.join("\n")}`, {
    location: { file: file.file, line: file.line(["candidates"]) },
    hint: "move each one under facts: to confirm it (check its id, label and period), or under ignore: with a reason",
  });
}

/** How a candidate is named in the list: a proposed fact by its id, a proposed ignore entry by its pattern or quote. */
function candidateName(entry: CandidateEntry): string {
  if (typeof entry.id === "string") return `fact ${entry.id}`;
  if (typeof entry.pattern === "string") return `ignore /${entry.pattern}/`;
  return typeof entry.quote === "string" ? `ignore "${entry.quote}"` : "an entry with neither id: nor pattern:";
}

function unaccountedError(
  number: Coverage["unaccounted"][number],
  source: Source,
  file: FactsFileReading,
): RecountError {
  return new RecountError(`number "${number.printed}" is neither a fact nor ignored: "${number.context}"`, {
    location: { file: source.file, line: number.line, column: number.column },
    hint: `register it under facts: in ${file.file}, or add it under ignore: with a reason`,
  });
}

/** Runs `body`, adding a RecountError it throws to `errors`. */
function collect<T>(errors: RecountError[], body: () => T): T | undefined {
  try {
    return body();
  } catch (error) {
    if (!(error instanceof RecountError)) throw error;
    errors.push(error);
    return undefined;
  }
}

/** What belongs in each of a filing's files, said when one is empty. */
const emptyHints = {
  "facts.yaml":
    "list the filing's facts under facts: and the numbers that are not facts under ignore: (npm run new:filing proposes them all)",
  "source.txt": "paste in the filing's text, verbatim: every fact is read from it",
};

function readText(path: string, root: string, empty: string): { text: string; file: string } | RecountError {
  const file = relative(root, path);
  try {
    return { text: readTextSync(path, file, { empty }), file };
  } catch (cause) {
    if (cause instanceof RecountError) return cause;
    return new RecountError(`cannot read ${file}`, {
      hint: "each filing folder needs facts.yaml and source.txt",
      cause,
    });
  }
}
