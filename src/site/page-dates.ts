import { execFileSync } from "node:child_process";
import { kept } from "#engine/state/state.ts";

/** When a page was first published and when its content last changed, as YYYY-MM-DD; either may be unknown. */
export interface PageDates {
  readonly published: string | undefined;
  readonly changed: string | undefined;
}

const history = kept("the days of the commits that changed each page's files", () => new Map<string, string[]>());

/**
 * The days of the commits that changed `paths` (files or folders of the project), newest first: none
 * where there is no git history, as in a tarball of the project, where the dates fall back to the
 * frontmatter's. The history is an input of the build like the content: the same commits give the same
 * dates wherever the build runs.
 */
function commitDays(paths: readonly string[]): string[] {
  const key = paths.join("\n");
  let days = history.get().get(key);
  if (!days) {
    try {
      const log = execFileSync("git", ["log", "--format=%cs", "--", ...paths], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      });
      days = log.split("\n").filter(Boolean);
    } catch {
      days = [];
    }
    history.get().set(key, days);
  }
  return days;
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
