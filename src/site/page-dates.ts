import { execFileSync } from "node:child_process";
import { kept } from "#engine/state/state.ts";

/** When a page was first published and when its content last changed, as YYYY-MM-DD; either may be unknown. */
export interface PageDates {
  readonly published: string | undefined;
  readonly changed: string | undefined;
}

/** A commit as the page dates read it: its day, and the files it changed (relative to the project). */
interface Commit {
  readonly day: string;
  readonly files: readonly string[];
}

const history = kept("the project's commits, newest first, each with its day and files", () => readHistory());

/**
 * Every commit of the project's history, read with one `git log` for the whole build: one a page cost a
 * process each (5 of a 60-page build's 48 s of CPU, minutes at 2,000 pages). None where there is no git
 * history, as in a tarball of the project, where the dates fall back to the frontmatter's. The history is an
 * input of the build like the content: the same commits give the same dates wherever the build runs.
 */
function readHistory(): Commit[] {
  try {
    // As `git log -- <path>` lists a page's commits: renames as a file removed and a file added, and a
    // merge by the commits it brings (git lists no files of a merge's own).
    const log = execFileSync("git", ["log", "--format=%x00%cs", "--name-only", "--no-renames", "--relative"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 1 << 30,
    });
    return log
      .split("\0")
      .slice(1)
      .map((entry) => {
        const [day = "", ...files] = entry.split("\n").filter(Boolean);
        return { day, files };
      });
  } catch {
    return [];
  }
}

/** The days of the commits that changed `paths` (files, or folders ending in "/"), newest first. */
function commitDays(paths: readonly string[]): string[] {
  const changes = (file: string) => paths.some((path) => (path.endsWith("/") ? file.startsWith(path) : file === path));
  return history
    .get()
    .filter(({ files }) => files.some(changes))
    .map(({ day }) => day);
}

/**
 * A page's dates: published, the frontmatter's `published` or else the day of the first commit of its
 * files; changed, the day of their last commit, or else the day it was published.
 */
export function pageDates(paths: readonly string[], published?: string): PageDates {
  const days = commitDays(paths);
  const first = published ?? days.at(-1);
  return { published: first, changed: days[0] ?? first };
}
