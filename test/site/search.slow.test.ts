import { access } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { everyBuild, page, pagePaths, parse, searchedPaths } from "../support/dist.ts";

describe.for(everyBuild())("search, site built $label", (build) => {
  test("Pagefind indexed every reader's content page during the build, and only those", async () => {
    const entry = JSON.parse(await page("/pagefind/pagefind-entry.json", build));
    const content = await searchedPaths(build);
    expect(entry.languages.en.page_count).toBe(content.length);
    for (const path of await pagePaths(build)) {
      expect(parse(await page(path, build)).querySelector("main[data-pagefind-body]") !== null, path).toBe(
        content.includes(path),
      );
    }
  });

  test("the search page loads Pagefind's interface and index from below the base", async () => {
    const document = parse(await page("/search/", build));
    const script = document.querySelector('script[src$="pagefind-ui.js"]')?.getAttribute("src");
    const stylesheet = document.querySelector('link[rel="stylesheet"][href$="pagefind-ui.css"]')?.getAttribute("href");
    expect([script, stylesheet]).toEqual([
      `${build.base}pagefind/pagefind-ui.js`,
      `${build.base}pagefind/pagefind-ui.css`,
    ]);
    for (const file of [script!, stylesheet!]) await access(join(build.dir, file.slice(build.base.length)));
    const setup = [...document.querySelectorAll("script:not([src])")].map((element) => element.textContent).join("\n");
    expect(setup).toContain(`const base = ${JSON.stringify(build.base)}`);
    expect(setup).toMatch(/new PagefindUI\(\{[^}]*bundlePath: `\$\{base\}pagefind\/`,\s*baseUrl: base/);
    expect(setup).toContain('URLSearchParams(location.search).get("q")');
  });
});
