import { readdirSync } from "node:fs";
import { join } from "node:path";
import { setImmediate } from "node:timers/promises";
import { Ledger, type LedgerShare } from "#engine/checks/index.ts";
import { type Location, problemsText, RecountError, RecountErrors } from "#engine/diagnostics/recount-error.ts";
import { currentFacts } from "#engine/facts/current.ts";
import type { LoadedFacts } from "#engine/facts/load.ts";
import type { Filing } from "#engine/filings/load.ts";
import { checkNotebookTypes } from "#engine/notebook/check-types.ts";
import { createNotebookGlobals, globalsDeclarations } from "#engine/notebook/globals.ts";
import { runNotebook, type Notebook } from "#engine/notebook/run-notebook.ts";
import { contextNames, prepareSandbox } from "#engine/sandbox/sandbox.ts";
import { digest } from "#engine/text/digest.ts";
import { cellWordErrors, filingWordErrors, wordErrors, type SourceReader } from "#engine/prose/check-words.ts";
import type { PageFile } from "#engine/page/pages.ts";
import { notFoundErrors } from "./not-found.ts";
import { cacheEnabled } from "#engine/cache/caches.ts";
import { pageCache, recordReads, type PageReads, type PageResult } from "./page-cache.ts";
import { inLanes, laneCount } from "./lanes.ts";
import { readContent } from "./read-content.ts";
import { inShard, reportsError, type Shard } from "./shard.ts";
import { statedPassageErrors } from "./stated-passages.ts";

/** What verifying the content found: everything `npm run check` prints and the build relies on. */
export interface Report {
  readonly filings: readonly Filing[];
  readonly facts: readonly LoadedFacts[];
  /** Every notebook page that ran, with its cells' outputs. */
  readonly notebooks: readonly VerifiedNotebook[];
  /** Every check the notebooks made, in page order. */
  readonly ledger: Ledger;
  readonly errors: readonly RecountError[];
  /** The pages whose verification was served from the cache (see page-cache.ts), their inputs unchanged. */
  readonly reused: readonly string[];
}

export interface VerifiedNotebook extends Notebook {
  readonly filing: string;
  readonly slug: string;
  /** The digest of the page's text as this verification read it: the build renders no other (build/gate). */
  readonly textDigest: string;
}

/**
 * Verifies all content without building the site, in the order data flows: each filing's metadata, its
 * facts against its source text, then every notebook page's cells and the checks they make. The build
 * runs this before writing any page; `npm run check` prints it.
 */
export async function verify(
  root = process.cwd(),
  {
    onCell,
    typeCheck = true,
    runs = () => true,
    cache = cacheEnabled(),
    shard,
    lanes,
    beforeTypes,
  }: {
    onCell?: (at: Location) => void;
    typeCheck?: boolean;
    /** Which pages run (by file, as the report names them), for a focused run; filings and facts are read in full. */
    runs?: (file: string) => boolean;
    /** Whether a page whose inputs are unchanged since it last passed takes that result (page-cache.ts). */
    cache?: boolean;
    /** One part of the filings (shard.ts): only their facts and pages, and the errors about them. */
    shard?: Shard;
    /** How many pages run at once (lanes.ts): one per core, as the pages to run need them, unless told. */
    lanes?: number;
    /**
     * Told every problem but the type check's, once they are known and before the type check is waited
     * for: `astro dev` shows them at once, the type check taking longer than the rest after a save.
     */
    beforeTypes?: (errors: readonly RecountError[]) => void;
  } = {},
): Promise<Report> {
  const content = await readContent(root);
  const mine = shard ? inShard(filingFolders(root), shard) : () => true;
  const [filings, held] = [content.filings, content.held].map((all) => all.filter(({ id }) => mine(id))) as [
    typeof content.filings,
    typeof content.held,
  ];
  // The registry cells read facts from: each filing's facts are loaded once, for this report and the cells.
  // A filing whose metadata has problems is verified all the same, so that one run reports every problem.
  const registry = currentFacts("content/filings", root);
  const facts = [...filings, ...held].map((filing) => registry.read(filing.id));
  const errors = [...content.errors, ...facts.flatMap((loaded) => loaded.errors), ...content.pageErrors].filter(
    (error) => !shard || reportsError(shard, mine, error),
  );
  const allPages = content.pages.filter((page) => mine(page.filing));
  // Pages of a filing whose facts are not all found would only repeat those errors; candidates left to
  // review or numbers not yet accounted for change no figure, so its pages run.
  const broken = new Set(facts.filter((loaded) => !loaded.anchored).map((loaded) => loaded.filing));
  const pages = allPages.filter((page) => !broken.has(page.filing) && runs(page.file));
  const cached = cache ? pageCache(root) : undefined;
  const hits = new Map<string, PageResult | undefined>(
    await Promise.all(pages.map(async (page) => [page.file, await cached?.lookup(page)] as const)),
  );
  const toRun = pages.filter((page) => !hits.get(page.file));
  if (toRun.length) prepareSandbox();
  // tsc runs in a child process, on another core, while the notebooks run here. A page from the cache
  // passed it with the same code and text, and a page's types depend on nothing else (cells import nothing).
  const typeErrors =
    typeCheck && toRun.length
      ? checkNotebookTypes(toRun, { root, declarations: globalsDeclarations(givenCellNames(root), { root }) })
      : Promise.resolve([]);
  typeErrors.catch(() => {}); // awaited below; until then a failure must not count as unhandled
  // The source texts the facts were read from: each is read once per verification, and the quotations are
  // checked against the very text the facts were (and the site prints). Every filing's, not only the shard's:
  // a page may quote another filing.
  const known = new Set([...content.filings, ...content.held].map(({ id }) => id));
  const sources: SourceReader = (filing) => (known.has(filing) ? registry.read(filing).source : undefined);
  // Pages run in lanes, up to one per core (lanes.ts), and are taken in page order: the report is the one a run
  // of every page after the other makes, however the lanes' pages interleave.
  const run = { root, onCell, registry, sources, hits };
  const outcomes = new Map(
    (
      await inLanes(
        pages,
        (page) => page.filing,
        (lane) => verifyLane(lane, run),
        lanes ?? laneCount(toRun.length),
      )
    )
      .flat()
      .map((each) => [each.page.file, each]),
  );
  const ledger = new Ledger();
  const notebooks: VerifiedNotebook[] = [];
  const reused: string[] = [];
  const passed: PassedPage[] = [];
  for (const page of pages) {
    const outcome = outcomes.get(page.file)!;
    ledger.take(outcome.share);
    errors.push(...outcome.errors);
    if (outcome.notebook) notebooks.push(outcome.notebook);
    if (outcome.reused) reused.push(page.file);
    if (outcome.passed) passed.push(outcome.passed);
  }
  for (const filing of filings.filter((each) => !broken.has(each.id)))
    errors.push(...filingWordErrors(filing, { root, facts: registry, source: sources }));
  errors.push(...ledger.failures());
  // These read every page's checks, cached or not, as the ledger holds them: they run in full every time.
  errors.push(...statedPassageErrors(ledger.results(), sources));
  errors.push(...notFoundErrors(pages, ledger.results(), registry));
  beforeTypes?.([...errors]);
  // Type errors come last, for the pages that have no other problem: a page that does not run has its
  // error reported already, and may not type-check at all.
  const types = await typeErrors.catch((error: unknown) => {
    if (errors.length) return undefined;
    throw error;
  });
  const troubled = new Set(errors.map((error) => error.location?.file));
  errors.push(...(types ?? []).filter((error) => !troubled.has(error.location?.file)));
  // Kept only once type-checked and free of any problem, a run's end included: a page with a problem, or
  // whose types are not known, runs again next time.
  if (cached && typeCheck && types) {
    const unclean = new Set(errors.map((error) => error.location?.file));
    await Promise.all(
      passed
        .filter(({ page }) => !unclean.has(page.file))
        .map(({ page, reads, result }) => cached.store(page, reads, result)),
    );
  }
  return { filings, facts, notebooks, ledger, errors, reused };
}

/** What a page's verification found, in its lane: its share of the checks, its errors, its notebook. */
interface PageOutcome {
  readonly page: PageFile;
  readonly share: LedgerShare;
  readonly errors: readonly RecountError[];
  readonly notebook?: VerifiedNotebook;
  /** Whether the page's result came from the cache. */
  readonly reused: boolean;
  readonly passed?: PassedPage;
}

/** A page that ran and passed, with what it read: what the cache keeps. */
interface PassedPage {
  readonly page: PageFile;
  readonly reads: PageReads;
  readonly result: PageResult;
}

/**
 * Verifies a lane's pages one after the other, against a ledger of the lane's own. A lane holds whole
 * filings, and a check reads only its own filing's earlier checks (an id must be free, a check it is
 * derived from made before it), so each page sees the ledger a run of every page would show it.
 */
async function verifyLane(
  pages: readonly PageFile[],
  {
    root,
    onCell,
    registry,
    sources,
    hits,
  }: {
    root: string;
    onCell?: (at: Location) => void;
    registry: ReturnType<typeof currentFacts>;
    sources: SourceReader;
    hits: ReadonlyMap<string, PageResult | undefined>;
  },
): Promise<PageOutcome[]> {
  const ledger = new Ledger();
  const outcomes: PageOutcome[] = [];
  for (const page of pages) {
    const mark = ledger.mark();
    const hit = hits.get(page.file);
    if (hit && replays(hit, ledger)) {
      // Recorded as the run recorded them, operands included (implied.ts reads them): the ledger settles
      // as it would have. Only a page without failures is kept in the cache.
      ledger.take({ recorded: hit.recorded, failures: [] });
      outcomes.push({ page, share: ledger.since(mark), errors: [], notebook: hit.notebook, reused: true });
      continue;
    }
    const { file, text, filing, slug } = page;
    // Cells run without waiting on anything: give the type check's file writes and its start their turn.
    await setImmediate();
    const reads: PageReads = new Set([filing]);
    const { facts: pageFacts, source } = recordReads({ facts: registry, source: sources }, reads);
    const errors: RecountError[] = [];
    let values: Notebook["scope"] | undefined;
    let notebook: VerifiedNotebook | undefined;
    try {
      const run = await runNotebook({
        file,
        text,
        root,
        onCell,
        globals: ({ locate }) => createNotebookGlobals({ file, filing, locate, ledger, root, facts: pageFacts }),
      });
      notebook = { ...run, filing, slug, textDigest: digest(text) };
      values = run.scope;
      const checks = ledger.since(mark).recorded.map(({ result }) => result);
      errors.push(...cellWordErrors({ file, text, filing, cells: run.cells, checks, facts: pageFacts, source }));
    } catch (error) {
      errors.push(...editorErrors(error));
    }
    // The words are checked as the numbers are: quotations against the sources, qualifiers against the figures.
    errors.push(...wordErrors({ file, text, filing, facts: pageFacts, source, ...(values ? { values } : {}) }));
    const share = ledger.since(mark);
    const passed =
      notebook && !errors.length && !share.failures.length
        ? { page, reads, result: { notebook, recorded: share.recorded } }
        : undefined;
    outcomes.push({
      page,
      share,
      errors,
      reused: false,
      ...(notebook ? { notebook } : {}),
      ...(passed ? { passed } : {}),
    });
  }
  return outcomes;
}

/**
 * Whether a page's cached checks can be recorded as they were made: a check also reads the ledger, which
 * earlier pages of its filing fill (an id must be free, a check it is derived from made before it). Where
 * that has changed, the page runs again, and reports what its run reports.
 */
function replays({ recorded }: PageResult, ledger: Ledger): boolean {
  const made = new Set<string>();
  const before = (filing: string, id: string) => ledger.has(filing, id) || made.has(`${filing}/${id}`);
  return recorded.every(({ result: { filing, id, derivedFrom } }) => {
    const free = !before(filing, id) && derivedFrom.every((from) => before(filing, from));
    made.add(`${filing}/${id}`);
    return free;
  });
}

/** Every filing's folder under content/filings, valid or not: what shards divide. */
function filingFolders(root: string): string[] {
  return readdirSync(join(root, "content/filings"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** The names every cell is given, which the type check declares: the host's and its sandbox's. */
export function givenCellNames(root: string): string[] {
  return [
    ...Object.keys(createNotebookGlobals({ file: "", filing: "", locate: () => ({ file: "", line: 0 }), root })),
    ...contextNames,
  ];
}

function editorErrors(error: unknown): readonly RecountError[] {
  if (error instanceof RecountErrors) return error.errors;
  if (error instanceof RecountError) return [error];
  throw error;
}

/** The report as an editor reads it: every error in full. */
export function formatErrors(report: Report): string {
  return problemsText(report.errors);
}
