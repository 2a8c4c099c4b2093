// `npm run bench [-- options]`: times Recount against its baselines, each pair in the same run, and prints
// the results as Markdown for BENCHMARKS.md. The machine is small and shared, so compare the ratios of one
// run, not times across runs. Projects are made under the system's temporary folder and removed.
//
//   --only charts,cards,checks,weight,filings,notebooks,rebuild,sandbox,dev   what to run (all by default)
//   --pages 200        notebook pages (2 charts, 5 checks each) built by Recount and by plain Astro + Plot,
//                      and rebuilt after one page changes
//   --filings 1,10,100 synthetic filings to build, each of --pages-per-filing pages (5)
//   --checks 10000     checks for `npm run check` on synthetic content
//   --runs 3           runs of `npm run check` on each content (the first, and the median of the rest, are reported)
//   --builds 3         builds of each project for a comparison of build times, taken in turns (medians reported)
//   --renders 1000     renders of each chart
//   --cards 50         social cards drawn
//   --saves 5          saves of a broken page, and of it put back, in `npm run dev`
//   --seed-dist <dir>  a build of the seed site (content/) for the page weights, instead of building one
import { execFile } from "node:child_process";
import { appendFile, readdir } from "node:fs/promises";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify, parseArgs } from "node:util";
import { small, smallBaseline, chartTimes } from "./charts.ts";
import { cardTimes } from "./cards.ts";
import { devTimes } from "./dev.ts";
import { engineTime } from "./checks.ts";
import { pageWeight, type PageWeight, type Size } from "./page-weight.ts";
import { sandboxTimes } from "./sandbox.ts";
import { cleanUp, recountProject, syntheticPlainProject, syntheticRecountProject, timedBuild } from "./projects.ts";
import type { SyntheticOptions } from "./synthetic.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "charts,cards,checks,weight,filings,notebooks,rebuild,sandbox,dev" },
    pages: { type: "string", default: "200" },
    filings: { type: "string", default: "1,10,100" },
    "pages-per-filing": { type: "string", default: "5" },
    checks: { type: "string", default: "10000" },
    runs: { type: "string", default: "3" },
    builds: { type: "string", default: "3" },
    renders: { type: "string", default: "1000" },
    cards: { type: "string", default: "50" },
    saves: { type: "string", default: "5" },
    "seed-dist": { type: "string" },
  },
});
const only = new Set(values.only.split(","));
const count = (value: string) => Number(value.replaceAll(/[_,]/g, ""));

const lines: string[] = [];
/** Prints as it goes, so a long run shows progress; the whole is the Markdown to paste. */
function print(...text: string[]): void {
  lines.push(...text);
  console.log(text.join("\n"));
}

const seconds = (s: number) => `${s.toFixed(1)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const kilobytes = ({ bytes, gzip }: Size) => `${(bytes / 1024).toFixed(1)} / ${(gzip / 1024).toFixed(1)}`;

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** `npm run check -- --json` in `root`: its wall time in seconds, and how many checks it made. Throws if it finds problems. */
async function timedCheck(root: string): Promise<{ seconds: number; checks: number }> {
  const start = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, ["src/tools/cli/check.ts", "--json"], {
    cwd: root,
    maxBuffer: 1 << 30,
  }).catch((error: { stdout?: string }) => {
    // The problems, not the whole report (megabytes of facts) that the failed command printed.
    const { errors } = JSON.parse(error.stdout || '{"errors":[]}') as { errors: unknown[] };
    throw new Error(`npm run check failed in ${root}:\n${JSON.stringify(errors.slice(0, 5), null, 2)}`);
  });
  return { seconds: (performance.now() - start) / 1000, checks: JSON.parse(stdout).checks.length };
}

/**
 * The first run of `npm run check` in a fresh project, and the median of the runs after it: a first run
 * runs every page, later ones take each unchanged page from the page cache (README "Nothing verified twice").
 */
async function checkRuns(root: string): Promise<{ first: number; again: number; checks: number }> {
  const runs: { seconds: number; checks: number }[] = [];
  for (let run = 0; run < Math.max(2, count(values.runs)); run++) runs.push(await timedCheck(root));
  return {
    first: runs[0]!.seconds,
    again: median(runs.slice(1).map(({ seconds }) => seconds)),
    checks: runs[0]!.checks,
  };
}

/** Pages of a synthetic project: up to a hundred per filing. */
function notebookOptions(pages: number): SyntheticOptions {
  return { filings: Math.ceil(pages / 100), pagesPerFiling: Math.min(pages, 100), rowsPerPage: 1 };
}

/**
 * Builds the same synthetic pages with plain Astro + Plot and with Recount, in turns, `--builds` times each,
 * and gives the median time of each: on a shared machine one build can take half as long again as the next.
 */
async function buildBoth(
  options: SyntheticOptions,
): Promise<{ plain: number; recount: number; plainDir: string; recountDir: string }> {
  const [plainRoot, recountRoot] = [await syntheticPlainProject(options), await syntheticRecountProject(options)];
  const times: { plain: number[]; recount: number[] } = { plain: [], recount: [] };
  let dirs = { plainDir: "", recountDir: "" };
  for (let build = 0; build < Math.max(1, count(values.builds)); build++) {
    const plain = await timedBuild(plainRoot);
    const recount = await timedBuild(recountRoot);
    times.plain.push(plain.seconds);
    times.recount.push(recount.seconds);
    dirs = { plainDir: plain.outDir, recountDir: recount.outDir };
  }
  return { plain: median(times.plain), recount: median(times.recount), ...dirs };
}

print(
  `## ${new Date().toISOString().slice(0, 10)}: \`npm run bench -- ${process.argv.slice(2).join(" ")}\``.replace(
    / -- `$/,
    "`",
  ),
  "",
  `${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores (nproc), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version}`,
);

try {
  if (only.has("charts")) {
    const times = await chartTimes({ renders: count(values.renders) });
    const baseline = times.find(({ name }) => name === smallBaseline)!.ms;
    print("", "### Chart render time", "", "| chart | ms a chart | vs Plot alone |", "| --- | ---: | ---: |");
    for (const { name, ms } of times)
      print(`| ${name} | ${ms.toFixed(3)} | ${name === smallBaseline ? "baseline" : ratio(ms, baseline)} |`);
    const ms = times.find(({ name }) => name === small)!.ms;
    print("", `Target: a small chart under 1.5 ms. Measured ${ms.toFixed(3)} ms: ${ms < 1.5 ? "met" : "NOT met"}.`);
  }

  if (only.has("sandbox")) {
    const runs = count(values.renders) / 10;
    const { before, after, first, bundle } = await sandboxTimes({ runs });
    const ms = (value: number) => value.toFixed(2);
    print(
      "",
      "### A page's sandbox",
      "",
      `Median of ${runs} pages each, interleaved (the scripts bundled once, in ${(bundle / 1000).toFixed(1)} s). Before: a node:vm context in the build's process. Now: a fresh isolate from a snapshot, in a page runner process; whole pages, bridge included.`,
      "",
      "| what a page pays | ms |",
      "| --- | ---: |",
      `| before: fresh context + prelude | ${ms(before.context + before.prelude)} |`,
      `| before: + charts script, on pages that draw | ${ms(before.context + before.prelude + before.charts)} |`,
      `| before: + drawing one bar chart | ${ms(before.context + before.prelude + before.charts + before.draw)} |`,
      `| now: empty page, prelude snapshot | ${ms(after.plain)} |`,
      `| now: empty page, charts snapshot | ${ms(after.chartsEmpty)} |`,
      `| now: a page drawing one bar chart | ${ms(after.chart)} |`,
      `| now: first page of a runner (process + snapshot): plain, charts | ${ms(first.plain)}, ${ms(first.charts)} |`,
      "",
      `Now ÷ before: an empty page ${(after.plain / (before.context + before.prelude)).toFixed(2)}×, a page drawing one chart ${(after.chart / (before.context + before.prelude + before.charts + before.draw)).toFixed(2)}×.`,
    );
  }

  if (only.has("cards")) {
    const { firstMs, medianMs, batchMs, bytes } = await cardTimes({ cards: count(values.cards) });
    print("", "### Social cards", "", "| card | ms | KiB |", "| --- | ---: | ---: |");
    print(
      `| the first (engine and fonts loaded) | ${firstMs.toFixed(0)} | |`,
      `| each after it, one at a time (median) | ${medianMs.toFixed(0)} | ${(bytes / 1024).toFixed(1)} |`,
      `| each, all drawn at once | ${batchMs.toFixed(0)} | |`,
    );
    print(
      "",
      `A build draws one a page, all at once: about ${seconds((firstMs + 15 * batchMs) / 1000)} for the seed site's 15 pages, ${seconds((firstMs + 2000 * batchMs) / 1000)} for 2,000.`,
    );
  }

  if (only.has("checks")) {
    const checks = count(values.checks);
    const seed = await checkRuns(await recountProject());
    // Up to ten filings of twenty pages, each page checking rows of its filing's table five ways, as many as
    // `--checks` asks (10,000: 200 pages of 10 rows); then the same pages drawing their two charts as well,
    // which `npm run check` also renders.
    const rowsPerPage = Math.max(1, Math.round(checks / 1_000));
    const pageCount = Math.min(200, Math.max(1, Math.ceil(checks / (5 * rowsPerPage))));
    const filings = Math.min(10, pageCount);
    const options: SyntheticOptions = {
      filings,
      pagesPerFiling: Math.ceil(pageCount / filings),
      rowsPerPage,
      charts: false,
    };
    const synthetic = await checkRuns(await syntheticRecountProject(options));
    const drawn = await checkRuns(await syntheticRecountProject({ ...options, charts: true }));
    const engine = engineTime({ count: synthetic.checks });
    const pages = `${options.filings} synthetic filings, ${options.filings * options.pagesPerFiling} pages`;
    print(
      "",
      "### `npm run check`",
      "",
      'Wall time in a fresh copy of the project: the first run, and the median of the next ones (each page\'s verification is cached while its inputs do not change, see README "The page cache"); against the check engine alone on as many checks (bench/checks.ts, in-process). Target: 10,000 checks under 3 s.',
      "",
      "| content | checks | first run | next runs | engine alone |",
      "| --- | ---: | ---: | ---: | ---: |",
      `| the seed (content/) | ${seed.checks} | ${seconds(seed.first)} | ${seconds(seed.again)} | — |`,
      `| ${pages} | ${synthetic.checks.toLocaleString("en-US")} | ${seconds(synthetic.first)} | ${seconds(synthetic.again)} | ${seconds(engine.seconds)} |`,
      `| the same, each page also drawing 2 charts | ${drawn.checks.toLocaleString("en-US")} | ${seconds(drawn.first)} | ${seconds(drawn.again)} | — |`,
    );
  }

  if (only.has("weight")) {
    const given = values["seed-dist"];
    const { seconds: built, outDir } = given
      ? { seconds: undefined, outDir: given }
      : await timedBuild(await recountProject());
    print(
      "",
      "### Page weight",
      "",
      `The seed site (${built === undefined ? `the build in ${given}` : `built in ${seconds(built)}`}), the heaviest page of each type. KiB, raw / gzip.`,
      "",
    );
    print("| page type | pages | HTML | CSS | JS | total |", "| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const [type, paths] of await pageTypes(outDir)) {
      const weights = await Promise.all(paths.map((path) => pageWeight(outDir, path)));
      const heaviest = weights.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
      print(
        `| ${type} | ${paths.length} | ${kilobytes(heaviest.html)} | ${kilobytes(heaviest.css)} | ${kilobytes(heaviest.js)} | ${kilobytes(heaviest.total)} |`,
      );
    }
  }

  if (only.has("filings")) {
    const perFiling = count(values["pages-per-filing"]);
    print(
      "",
      "### Build time against the number of filings",
      "",
      `Synthetic filings of ${perFiling} notebook pages each (2 charts, 5 checks a page), against the same pages in plain Astro + Plot.`,
      "",
    );
    print("| filings | pages | plain Astro + Plot | Recount | ratio |", "| ---: | ---: | ---: | ---: | ---: |");
    for (const filings of values.filings.split(",").map(count)) {
      const { plain, recount } = await buildBoth({ filings, pagesPerFiling: perFiling, rowsPerPage: 1 });
      print(
        `| ${filings} | ${filings * perFiling} | ${seconds(plain)} | ${seconds(recount)} | ${ratio(recount, plain)} |`,
      );
      await cleanUp();
    }
  }

  if (only.has("notebooks")) {
    const pages = count(values.pages);
    const options = notebookOptions(pages);
    const { plain, recount, plainDir, recountDir } = await buildBoth(options);
    // One verification of the same pages, as the build gate runs it, to show what the build's share of it is.
    const { seconds: verification } = await timedCheck(join(recountDir, ".."));
    const [plainPage, recountPage] = await Promise.all([
      pageWeight(plainDir, await firstPage(plainDir, "synthetic-001")),
      pageWeight(recountDir, "/filings/synthetic-001-2024-03-28-20f/segments-1/"),
    ]);
    print(
      "",
      "### Notebook pages",
      "",
      `${pages.toLocaleString("en-US")} pages of 2 charts and 5 checks each, in ${options.filings} filing${options.filings === 1 ? "" : "s"}: Recount against the same pages as plain MDX calling Plot directly.`,
      "",
      "| pages | plain Astro + Plot | Recount | ratio | target ≤ 1.25× | one `npm run check` of them |",
      "| ---: | ---: | ---: | ---: | --- | ---: |",
      `| ${pages.toLocaleString("en-US")} | ${seconds(plain)} | ${seconds(recount)} | ${ratio(recount, plain)} | ${recount <= 1.25 * plain ? "met" : "NOT met"} | ${seconds(verification)} |`,
      "",
      "One such page, KiB raw / gzip:",
      "",
      "| build | HTML | CSS | JS | total |",
      "| --- | ---: | ---: | ---: | ---: |",
      weightRow("plain Astro + Plot", plainPage),
      weightRow("Recount", recountPage),
    );
  }

  if (only.has("rebuild")) {
    const pages = count(values.pages);
    const root = await syntheticRecountProject(notebookOptions(pages));
    const cold = await timedBuild(root);
    const [page] = (await readdir(join(root, "content/filings"), { recursive: true }))
      .filter((file) => file.endsWith(".mdx"))
      .sort();
    const change = () => appendFile(join(root, "content/filings", page!), "\nA sentence added to the page.\n");
    await change();
    const changed = await timedBuild(root);
    const unchanged = await timedBuild(root);
    // As on an editor's machine: Astro's and Vite's caches kept from the build before.
    await change();
    const changedWarm = await timedBuild(root, { warm: true });
    const uncachedWarm = await timedBuild(root, { warm: true, env: { RECOUNT_CACHE: "off" } });
    const row = (name: string, { seconds: time }: { seconds: number }) =>
      `| ${name} | ${seconds(time)} | ${ratio(time, cold.seconds)} |`;
    print(
      "",
      "### Rebuilding after a change",
      "",
      `${pages.toLocaleString("en-US")} notebook pages (2 charts, 5 checks each), built with an empty page cache, then after one page's text changed, then unchanged, with Astro's and Vite's caches removed before each build (as in a fresh CI checkout that restores only node_modules/.cache/recount); then with Astro's and Vite's caches kept, after another change, with the page cache and without it.`,
      "",
      "| build | time | vs cold |",
      "| --- | ---: | ---: |",
      row("cold", cold),
      row("one page changed", changed),
      row("nothing changed", unchanged),
      row("one page changed, Astro's caches kept", changedWarm),
      row("nothing changed, Astro's caches kept, RECOUNT_CACHE=off", uncachedWarm),
    );
  }
  if (only.has("dev")) {
    const { start, broken, fixed, facts } = await devTimes({ saves: count(values.saves) });
    // The first save pays for what the server had not yet started (the type checker, a runner's snapshot).
    const range = ([first, ...rest]: readonly number[]) =>
      `${seconds(first!)} | ${rest.length ? `${seconds(median(rest))} (${seconds(Math.min(...rest))}–${seconds(Math.max(...rest))})` : "—"}`;
    print(
      "",
      "### `npm run dev`",
      "",
      `The seed site's dev server, page cache on, started in ${seconds(start)} (to its first summary); ${broken.length} saves of its first page with a cell that throws, each put back after; then ${facts.length} saves of that filing's facts file, which every page reading them runs again for. Target: the problem printed within 1 s of the save.`,
      "",
      "| what the editor waits for | first save | later saves: median (range) |",
      "| --- | ---: | ---: |",
      `| a page saved broken, to its problem printed | ${range(broken)} |`,
      `| the page put back, to the summary printed | ${range(fixed)} |`,
      `| the facts file saved, to the summary printed | ${range(facts)} |`,
    );
  }
} finally {
  await cleanUp();
}

function weightRow(name: string, { html, css, js, total }: PageWeight): string {
  return `| ${name} | ${kilobytes(html)} | ${kilobytes(css)} | ${kilobytes(js)} | ${kilobytes(total)} |`;
}

/** The URL path of the first page a plain build wrote under a folder. */
async function firstPage(outDir: string, folder: string): Promise<string> {
  const [page] = (await readdir(outDir, { recursive: true }))
    .filter((file) => file.startsWith(folder) && file.endsWith("index.html"))
    .sort();
  return `/${page!.replace(/index\.html$/, "")}`;
}

/** The seed site's pages by type, as URL paths, readers' pages first. */
async function pageTypes(outDir: string): Promise<Map<string, string[]>> {
  const types = new Map<string, string[]>(
    ["home", "filing", "section (notebook)", "ledger", "source"].map((type) => [type, []]),
  );
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  for (const file of files) {
    const path = `/${file.replace(/index\.html$/, "")}`;
    const type =
      path === "/"
        ? "home"
        : path === "/404.html"
          ? "not found"
          : /^\/filings\/[^/]+\/$/.test(path)
            ? "filing"
            : /^\/filings\/[^/]+\/(ledger|source)\/$/.test(path)
              ? path.split("/")[3]!
              : /^\/filings\/[^/]+\/[^/]+\/$/.test(path)
                ? "section (notebook)"
                : path.split("/")[1]!;
    types.set(type, [...(types.get(type) ?? []), path]);
  }
  return new Map([...types].filter(([, paths]) => paths.length));
}
