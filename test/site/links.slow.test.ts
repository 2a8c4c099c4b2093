import { access } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { everyBuild, page, pagePaths, parse, siteUrl } from "../support/dist.ts";
import { references } from "./references.ts";

describe.for(everyBuild())("the site built $label", (build) => {
  /** Where an internal URL leads in the build, or what is wrong with it. */
  async function follow(url: URL): Promise<string | undefined> {
    if (!url.pathname.startsWith(build.base)) return `is outside the base ${build.base}`;
    const path = `/${url.pathname.slice(build.base.length)}`;
    const file = join(build.dir, path.endsWith("/") ? `${path}index.html` : path);
    if (
      !(await access(file).then(
        () => true,
        () => false,
      ))
    )
      return `leads to nothing (${path})`;
    if (!url.hash) return undefined;
    const id = decodeURIComponent(url.hash.slice(1));
    return parse(await page(path, build)).getElementById(id)
      ? undefined
      : `names a fragment that ${path} does not have`;
  }

  test("every internal link, fragment and resource resolves, below the base", async () => {
    const site = new URL(build.site);
    const broken: string[] = [];
    for (const path of await pagePaths(build)) {
      const here = new URL(siteUrl(path, build));
      for (const reference of references(parse(await page(path, build)))) {
        const url = new URL(reference.url, here);
        if (url.origin !== site.origin) continue;
        const problem = await follow(url);
        if (problem) broken.push(`${path}: ${reference.in} "${reference.url}" ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
