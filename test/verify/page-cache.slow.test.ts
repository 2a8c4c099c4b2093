// The page cache (src/engine/verify/page-cache.ts) serves a page's verification only for identical inputs:
// each kind of input is changed in turn, in a copy of the project, and exactly the pages that read it run
// again; a planted error is caught, and caught again on the next run. A page served from the cache leaves
// the report exactly what a run without the cache makes (the site built from it: reproducible.slow.test.ts);
// a social card is drawn again exactly when its words or the code that draws it change.
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { tally } from "#engine/checks/index.ts";
import { reportJson } from "#engine/verify/report-json.ts";
import { pack } from "#engine/verify/transfer.ts";
import { verify, type Report } from "#engine/verify/verify.ts";
import { writeSocialCards } from "#build/cards/social-card-image.ts";
import { linkModules, projectRoot } from "../support/astro.ts";
import { writePatientManifest } from "../support/patience.ts";

let root: string;
let pages: string[];
let cold: Report;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "recount-page-cache-"));
  // The code the cache keys on (src/, the lockfile) is copied, so that changing it changes only this copy;
  // the cache starts empty, in this copy's node_modules, whatever the project's holds.
  for (const entry of ["content", "src", "package-lock.json"])
    await cp(join(projectRoot, entry), join(root, entry), { recursive: true });
  await symlink(join(projectRoot, "tsconfig.json"), join(root, "tsconfig.json"));
  await linkModules(root, new Set([".cache"]));
  await writePatientManifest(root);
  cold = await run();
  pages = cold.notebooks.map(({ file }) => file);
});

afterAll(() => rm(root, { recursive: true, force: true }));

// On, though the tests run with RECOUNT_CACHE=off (test/support/test-env.ts).
const run = () => verify(root, { cache: true });

/** The pages that ran, not served from the cache. */
async function ran(): Promise<string[]> {
  const report = await run();
  expect(report.errors.map((error) => error.format())).toEqual([]);
  return pages.filter((file) => !report.reused.includes(file));
}

const filing = (id: string) => join(root, "content/filings", id);
/** The pages of a filing, and those of other filings that name it (they read its facts or its source). */
async function readers(id: string): Promise<string[]> {
  const texts = await Promise.all(pages.map((file) => readFile(join(root, file), "utf8")));
  return pages.filter((file, index) => file.startsWith(`content/filings/${id}/`) || texts[index]!.includes(id));
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
  const text = await readFile(path, "utf8");
  const changed = change(text);
  expect(changed).not.toBe(text);
  await writeFile(path, changed);
}

test("a run with an empty cache runs every page, and passes", () => {
  expect(cold.errors.map((error) => error.format())).toEqual([]);
  expect(cold.reused).toEqual([]);
  expect(pages.length).toBeGreaterThan(5);
});

/** All a report says: as JSON (the ledger, its counts and tally, every error), and the pages' cells as they ran. */
const whole = (report: Report) => ({
  json: reportJson(report),
  tally: tally(report.ledger.results()),
  settled: report.ledger.results().map(({ id, reading, derivedFrom }) => ({ id, reading, derivedFrom })),
  notebooks: pack(report.notebooks),
});

test("a fully cached run reports exactly what a run without the cache does", async () => {
  const cached = await run();
  expect(cached.reused).toEqual(pages);
  // The real content has checks the ledger settles as derived from a sum's operands (checks/implied.ts).
  expect(cold.ledger.toJSON().tally.derived).toBeGreaterThan(0);
  expect(whole(cached)).toEqual(whole(cold));
  const fresh = await verify(root, { cache: false });
  expect(fresh.reused).toEqual([]);
  expect(whole(fresh)).toEqual(whole(cold));
});

// One long test: each step starts from the cache the step before left.
test("exactly the pages whose inputs changed run again", async () => {
  expect(await ran(), "nothing changed").toEqual([]);

  const page = "content/filings/qfin-2024-09-27-6k/pages/02-regional-headquarters.mdx";
  await appendFile(join(root, page), "\nA sentence added to the page.\n");
  expect(await ran(), "a page").toEqual([page]);

  // A fact of the half-year results, which two pages of the 6-K read besides the results' own page.
  const results = "qfin-2024-08-13-results";
  const resultsReaders = await readers(results);
  expect(
    resultsReaders.some((file) => !file.includes(results)),
    "another filing's page reads it",
  ).toBe(true);
  await edit(join(filing(results), "facts.yaml"), (text) =>
    text.replace("label: Total outstanding loan balance", "label: Total outstanding loan balance, all models"),
  );
  expect(await ran(), "a fact").toEqual(resultsReaders);

  const annual = "qfin-fy2022-20f";
  await appendFile(join(filing(annual), "source.txt"), "\nA line added to the source.\n");
  expect(await ran(), "a source line").toEqual(await readers(annual));

  await appendFile(join(root, "src/engine/facts/bounds.ts"), "\n// A line added to the engine.\n");
  expect(await ran(), "a file of src/engine").toEqual(pages);

  await edit(join(root, "package-lock.json"), (text) => `${text}\n`);
  expect(await ran(), "the lockfile").toEqual(pages);
});

test("a page whose checks derive from another page's runs again when that page's checks change", async () => {
  const [earlier, later] = ["01-samr-data", "03-qibutianxia-vie"].map(
    (name) => `content/filings/qfin-2024-09-27-6k/pages/${name}.mdx`,
  );
  const from = "sec.revenue.2022.matches-annual-report-2022";
  await appendFile(
    join(root, later!),
    `\n\`\`\`ts cell\ncheck("planted.derived", exact(1, "percent"), exact(1, "percent"), { label: "A check derived from another page's", bothComputed: true, derivedFrom: ["${from}"] })\n\`\`\`\n`,
  );
  expect(await ran()).toEqual([later]);
  await edit(join(root, earlier!), (text) => text.replace(`"${from}"`, `"${from}.renamed"`));
  const report = await run();
  expect(report.reused).not.toContain(later);
  expect(report.errors.map((error) => error.message)).toEqual([
    `check "planted.derived" says it is derived from check "${from}", which no earlier cell of filing qfin-2024-09-27-6k makes`,
  ]);
});

test("a planted error is caught, and again on the next run", async () => {
  const page = "content/filings/qfin-2024-09-27-6k/pages/02-regional-headquarters.mdx";
  await appendFile(
    join(root, page),
    [
      "",
      "```ts cell",
      'check("planted.twice-the-stake", add(fact("jv.stake.company.2020"), fact("jv.stake.company.2020")), fact("jv.stake.360-group.2020"), { label: "A planted error" })',
      "```",
      "",
    ].join("\n"),
  );
  const failed = (report: Report) =>
    report.errors.map((error) => error.message).filter((m) => m.includes("planted.twice-the-stake"));
  for (let time = 0; time < 2; time++) {
    const report = await run();
    expect(failed(report)).toHaveLength(1);
    expect(report.reused).not.toContain(page);
  }
});

/** A page's head as a build writes it, with what `writeSocialCards` reads. */
const head = (path: string, title: string, description: string) =>
  [
    ["og:url", `https://recount.example${path}`],
    ["og:title", title],
    ["og:description", description],
    ["og:image", `https://recount.example/og${path}card.png`],
  ]
    .map(([property, content]) => `<meta property="${property}" content="${content}">`)
    .join("");

test("a social card is drawn again exactly when its words or the code that draws it change", async () => {
  const cards = join(root, "node_modules/.cache/recount/cards");
  const [first, second] = cold.notebooks;
  const heads = new Map<string, readonly [title: string, description: string]>([
    ["/", ["Recount", "Company filings, explained and checked"]],
    ...[first!, second!].map(
      ({ filing, slug }) => [`/filings/${filing}/${slug}/`, [`Page ${slug}`, "A page."]] as const,
    ),
  ]);
  /** A card drawn is written to the cache anew (a file of its own, renamed into place); one copied is not. */
  const kept = async () =>
    new Map(
      await Promise.all(
        (await readdir(cards).catch(() => [])).map(
          async (name) => [name, (await stat(join(cards, name))).ino] as const,
        ),
      ),
    );
  /** The site's cards drawn from its heads, by page: with the cache (the project's root) or without. */
  const draw = async (options: { cache?: string }) => {
    const out = await mkdtemp(join(root, "cards-"));
    for (const [path, [title, description]] of heads) {
      await mkdir(join(out, path), { recursive: true });
      await writeFile(
        join(out, path, "index.html"),
        `<!doctype html><html><head>${head(path, title!, description!)}</head></html>`,
      );
    }
    await writeSocialCards(cold, out, "/", options);
    return new Map(
      await Promise.all(
        [...heads.keys()].map(async (path) => [path, await readFile(join(out, "og", path, "card.png"))] as const),
      ),
    );
  };
  /** How many cards were drawn, not copied from the cache, and the cards. */
  const drawn = async () => {
    const before = await kept();
    const site = await draw({ cache: root });
    const after = await kept();
    return { count: [...after].filter(([name, ino]) => before.get(name) !== ino).length, site };
  };

  const empty = await drawn();
  expect(empty.count, "an empty cache").toBe(heads.size);
  const again = await drawn();
  expect(again.count, "nothing changed").toBe(0);
  for (const [path, png] of empty.site) expect(again.site.get(path)!.equals(png), path).toBe(true);

  heads.set(`/filings/${first!.filing}/${first!.slug}/`, ["A new title", "A page."]);
  expect((await drawn()).count, "a page's title").toBe(1);
  heads.set("/", ["Recount", "Company filings, explained, checked and drawn"]);
  expect((await drawn()).count, "the home page's description").toBe(1);

  await appendFile(join(root, "src/build/cards/social-card.ts"), "\n// A line added to the code that draws cards.\n");
  expect((await drawn()).count, "a file of src/build").toBe(heads.size);
  await edit(join(root, "package-lock.json"), (text) => `${text}\n`);
  const { count, site: cached } = await drawn();
  expect(count, "the lockfile").toBe(heads.size);

  const uncached = await draw({});
  for (const [path, png] of cached) expect(uncached.get(path)!.equals(png), path).toBe(true);
});
