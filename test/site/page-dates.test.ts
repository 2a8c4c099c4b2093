import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { pageDates } from "#site/page-dates.ts";
import { projectRoot } from "../support/astro.ts";

/** What the pages ask dates for: each filing's folder, each notebook page, the prose pages, the changelog. */
function pagePaths(): string[][] {
  const filings = join(projectRoot, "content/filings");
  return [
    ["content/changelog.yaml", "src/pages/changelog.astro"],
    ...readdirSync(join(projectRoot, "src/pages"))
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => [`src/pages/${file}`]),
    ...readdirSync(filings).flatMap((filing) => [
      [`content/filings/${filing}/`],
      ...readdirSync(join(filings, filing, "pages")).map((page) => [`content/filings/${filing}/pages/${page}`]),
    ]),
  ];
}

test("a page's dates are those of git log of its files, read from one log of the whole history", () => {
  const cwd = process.cwd();
  process.chdir(projectRoot);
  try {
    let dated = 0;
    for (const paths of pagePaths()) {
      const days = execFileSync("git", ["log", "--format=%cs", "--", ...paths], { encoding: "utf8" })
        .split("\n")
        .filter(Boolean);
      // A page not yet committed has no dates from git, and none here.
      if (days.length) dated++;
      expect(pageDates(paths), paths.join(", ")).toEqual({ published: days.at(-1), changed: days[0] ?? days.at(-1) });
    }
    expect(dated, "no page has a commit: the test reads a clone with its history").toBeGreaterThan(0);
  } finally {
    process.chdir(cwd);
  }
});
