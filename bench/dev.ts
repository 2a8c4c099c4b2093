// What an editor waits for in `npm run dev` (README "Adding a filing"): from saving a page that breaks to its
// problem in the terminal, and from putting it back to the clean summary. The server runs in a copy of the
// project, on its own content, with the page cache on, as an editor's machine has it.
import { appendFile, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { startDevServer } from "../test/support/dev-server.ts";
import { recountProject } from "./projects.ts";

export interface DevTimes {
  /** Seconds from starting the server to its first summary. */
  readonly start: number;
  /** Seconds from each save to the problem it made, printed. */
  readonly broken: readonly number[];
  /** Seconds from each page put back to the summary printed after it. */
  readonly fixed: readonly number[];
  /**
   * Seconds from each save of the filing's facts file to the summary: each save adds a comment of its own, so
   * that no save finds its pages in the page cache, as an edit of a fact would not.
   */
  readonly facts: readonly number[];
}

/**
 * A cell that throws when it runs, and type-checks: the page fails only when verified. Each save's is its
 * own text, as an edit's is, so that no save finds the page's type check done before.
 */
const brokenCell = (save: number) =>
  `\n\`\`\`ts cell caption="A cell the bench breaks"\nconst benchBroken: number = JSON.parse("x${save}");\n\`\`\`\n`;

export async function devTimes({ saves }: { saves: number }): Promise<DevTimes> {
  const root = await recountProject();
  const filings = join(root, "content/filings");
  const [page] = (await readdir(filings, { recursive: true })).filter((file) => file.endsWith(".mdx")).sort();
  const path = join(filings, page!);
  const text = await readFile(path, "utf8");
  // The facts of the page's filing: every page that reads them runs again.
  const factsPath = join(filings, page!.split(/[\\/]/)[0]!, "facts.yaml");
  const facts = await readFile(factsPath, "utf8");
  const started = performance.now();
  const server = await startDevServer(root);
  try {
    /** Seconds until the server prints `pattern` after what it had printed before. */
    const printed = async (pattern: RegExp, from: number, since: number): Promise<number> => {
      while (!pattern.test(server.log().slice(from))) await new Promise((resolve) => setTimeout(resolve, 10));
      return (performance.now() - since) / 1000;
    };
    const start = await printed(/All verified: /, 0, started);
    const broken: number[] = [];
    const fixed: number[] = [];
    for (let save = 0; save < saves; save++) {
      let from = server.log().length;
      await appendFile(path, brokenCell(save));
      broken.push(await printed(/problems? found in the content:/, from, performance.now()));
      // An editor reads the problem before putting the page back; by then the save's type check has ended.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      from = server.log().length;
      await writeFile(path, text);
      fixed.push(await printed(/All verified: /, from, performance.now()));
    }
    const factTimes: number[] = [];
    for (let save = 0; save < saves; save++) {
      const from = server.log().length;
      await writeFile(factsPath, `${facts}# saved again (${save + 1})\n`);
      factTimes.push(await printed(/All verified: /, from, performance.now()));
    }
    return { start, broken, fixed, facts: factTimes };
  } finally {
    server.stop();
  }
}
