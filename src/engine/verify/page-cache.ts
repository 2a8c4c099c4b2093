import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Recorded } from "#engine/checks/index.ts";
import { referencedFiling, type FactsRegistry } from "#engine/facts/registry.ts";
import { digest } from "#engine/notebook/clean-types.ts";
import type { PageFile } from "#engine/page/pages.ts";
import type { SourceReader } from "#engine/prose/check-words.ts";
import { cacheFolder, writeWhole } from "#engine/cache/caches.ts";
import { pack, unpack } from "./transfer.ts";
import type { VerifiedNotebook } from "./verify.ts";

/** A page's share of a passing verification: what the report needs of it when it does not run again. */
export interface PageResult {
  readonly notebook: VerifiedNotebook;
  /**
   * The checks its cells made, in order, as the ledger recorded them: each result with its operands, which
   * the ledger reads again to settle which checks are derived (checks/implied.ts).
   */
  readonly recorded: readonly Recorded[];
}

/**
 * What a page read as it ran, besides its own text: filings by id (their metadata, facts and source text),
 * and `everyFiling` when it asked which filings there are.
 */
export type PageReads = Set<string>;
const everyFiling = "*";

/**
 * Each page's verification, kept under `node_modules/.cache/recount/pages` and served only for identical
 * inputs. An entry is found by what is known before the page runs (its file and text, the engine's code,
 * the lockfile, package.json and tsconfig.json) and holds what the page read as it ran (the filings whose
 * facts or source it used): it is served only while those files are byte for byte what they were. Only
 * pages that passed, type check included, are kept, so a page with a problem always runs and reports it.
 */
export interface PageCache {
  lookup(page: PageFile): Promise<PageResult | undefined>;
  store(page: PageFile, reads: ReadonlySet<string>, result: PageResult): Promise<void>;
}

export function pageCache(root: string): PageCache {
  const dir = cacheFolder(root, "pages");
  let code: Promise<string> | undefined; // read once a verification
  const entryPath = async ({ file, text }: PageFile) =>
    join(dir, `${digest(["recount page 2", await (code ??= codeDigest(root)), file, text])}.v8`);

  return {
    async lookup(page) {
      const entry = await readFile(await entryPath(page)).then(
        (bytes) => deserialize(bytes) as Entry,
        () => undefined,
      );
      if (!entry || entry.reads !== (await readsDigest(root, entry.filings))) return undefined;
      return unpack(entry.result) as PageResult;
    },
    async store(page, reads, result) {
      const filings = [...reads].sort();
      const entry: Entry = { filings, reads: await readsDigest(root, filings), result: pack(result) };
      await writeWhole(await entryPath(page), serialize(entry));
    },
  };
}

interface Entry {
  readonly filings: readonly string[];
  readonly reads: string;
  readonly result: unknown;
}

/**
 * The registry and source reader a page runs with, noting each filing it reads: a fact names its filing
 * (or the page's own), and asking for the list of filings reads them all.
 */
export function recordReads(
  { facts, source }: { readonly facts: FactsRegistry; readonly source: SourceReader },
  reads: PageReads,
): { facts: FactsRegistry; source: SourceReader } {
  const note = <T>(filing: string | undefined, value: () => T): T => {
    reads.add(filing ?? everyFiling);
    return value();
  };
  return {
    facts: {
      get filings() {
        return note(everyFiling, () => facts.filings);
      },
      read: (filing) => note(filing, () => facts.read(filing)),
      load: (filing) => note(filing, () => facts.load(filing)),
      fact: (ref, options) => {
        const filing = referencedFiling(ref, options?.filing);
        // A filing without facts is an error that lists every filing that has them.
        if (filing === undefined || !facts.filings.includes(filing)) reads.add(everyFiling);
        return note(filing, () => facts.fact(ref, options));
      },
    },
    source: (filing) => note(filing, () => source(filing)),
  };
}

/**
 * The content of every filing read, as of now: every file of its folder, byte for byte, so that nothing a
 * filing holds can change unseen, but its notebook pages, which no page reads (each is keyed by its own text,
 * and what it leaves in the ledger is checked as it is replayed); a missing folder counts, as its absence may
 * be what was read. Every filing's, when the page asked which filings there are.
 */
async function readsDigest(root: string, filings: readonly string[]): Promise<string> {
  const directory = join(root, "content/filings");
  const read = filings.includes(everyFiling) ? [everyFiling] : filings;
  const parts = await Promise.all(
    read.map(async (filing) => {
      const every = filing === everyFiling;
      const folder = every ? directory : join(directory, filing);
      const page = (file: string) => isPage(every ? file.slice(file.indexOf("/") + 1) : file);
      return [filing, ...(await folderContents(folder, page))];
    }),
  );
  return digest(parts.flatMap((part) => [String(part.length), ...part]));
}

/** A filing's notebook page, by its path in the filing's folder (see page/pages.ts). */
function isPage(file: string): boolean {
  const [folder, name, ...deeper] = file.split("/");
  return folder === "pages" && deeper.length === 0 && name!.endsWith(".mdx");
}

/** Each file under a folder but those left out, by its path within it, with its bytes' digest; "absent" for no folder. */
async function folderContents(folder: string, leftOut: (file: string) => boolean): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return ["absent"];
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .filter((file) => !leftOut(file))
    .sort();
  return (await Promise.all(files.map(async (file) => [file, digest([await readFile(join(folder, file))])]))).flat();
}

async function contents(path: string): Promise<string> {
  return readFile(path, "utf8").then(
    (text) => `present:${text}`,
    () => "absent",
  );
}

/**
 * The engine's own code and what it runs on: every file of src/engine and src/build, the lockfile,
 * package.json (the cells' limits), tsconfig.json (the type check) and the version of Node that runs it all.
 * The project's src/ where it has one (the code `npm run check` and the build run), else the src/ this
 * module is part of.
 */
export async function codeDigest(root: string): Promise<string> {
  const src = existsSync(join(root, "src/engine")) ? join(root, "src") : resolve(import.meta.dirname, "../..");
  const files = (
    await Promise.all(
      ["engine", "build"].map(async (layer) =>
        (await readdir(join(src, layer), { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name)),
      ),
    )
  )
    .flat()
    .sort();
  const project = ["package-lock.json", "package.json", "tsconfig.json"].map((name) => join(root, name));
  return digest([
    process.version,
    ...(await Promise.all(files.map(async (file) => [relative(src, file), await contents(file)]))).flat(),
    ...(await Promise.all(project.map(contents))),
  ]);
}
