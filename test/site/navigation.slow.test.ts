import { describe, expect, test } from "vitest";
import {
  build,
  contentPaths,
  everyBuild,
  filingPaths,
  page,
  parse,
  sectionPaths,
  siteUrl,
  type Build,
} from "../support/dist.ts";

/** A page's path below the base, from a link on it. */
const pathOf = (href: string, from: Build) => new URL(href, siteUrl("/", from)).pathname.slice(from.base.length - 1);

describe.for(everyBuild())("navigation, site built $label", (site) => {
  test("a section's breadcrumbs lead to the home page, its filing, and itself", async () => {
    for (const path of await sectionPaths(site)) {
      const crumbs = [...parse(await page(path, site)).querySelectorAll("nav.breadcrumbs a")];
      expect(
        crumbs.map((crumb) => pathOf(crumb.getAttribute("href")!, site)),
        path,
      ).toEqual(["/", path.replace(/[^/]+\/$/, ""), path]);
      expect(crumbs.at(-1)!.getAttribute("aria-current"), path).toBe("page");
    }
  });

  test("the contents list every h2 and h3 of a page in order, h3s under their h2, and each heading has a # link", async () => {
    for (const path of await contentPaths(site)) {
      const document = parse(await page(path, site));
      const headings = [...document.querySelectorAll(".prose h2, .prose h3")];
      const contents = [...document.querySelectorAll("nav.toc a")];
      expect(
        contents.map((link) => link.getAttribute("href")),
        path,
      ).toEqual(headings.map((heading) => `#${heading.id}`));
      const nested = contents.map((link) => link.parentElement!.parentElement!.parentElement!.localName === "li");
      const underH2 = headings.map(
        (heading, index) =>
          heading.localName === "h3" && headings.slice(0, index).some((before) => before.localName === "h2"),
      );
      expect(nested, path).toEqual(underH2);
      for (const heading of headings)
        expect(heading.nextElementSibling?.matches(`a.anchor[href="#${heading.id}"]`), `${path}#${heading.id}`).toBe(
          true,
        );
    }
  });

  test("ids are unique on every page, headings with the same words included", async () => {
    for (const path of await contentPaths(site)) {
      const ids = [...parse(await page(path, site)).querySelectorAll("[id]")].map((element) => element.id);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        path,
      ).toEqual([]);
    }
  });

  test("previous and next walk a filing's sections in the order its page lists them", async () => {
    for (const filing of await filingPaths(site)) {
      const listed = (await sectionPaths(site)).filter((path) => path.startsWith(filing));
      expect(listed.length, filing).toBeGreaterThan(0);
      const walk = async (from: string, rel: "next" | "prev") => {
        const visited = [from];
        for (let link = parse(await page(from, site)).querySelector(`a[rel="${rel}"]`); link;) {
          visited.push(pathOf(link.getAttribute("href")!, site));
          link = parse(await page(visited.at(-1)!, site)).querySelector(`a[rel="${rel}"]`);
        }
        return visited;
      };
      // On from the last section to the ledger, and back.
      const ledger = `${filing}ledger/`;
      expect(await walk(listed[0]!, "next")).toEqual([...listed, ledger]);
      expect(await walk(ledger, "prev")).toEqual([ledger, ...listed.toReversed()]);
    }
  });

  test("every page offers a skip link to its main content, and every reader's page a search form", async () => {
    for (const path of await contentPaths(site)) {
      const document = parse(await page(path, site));
      expect(document.querySelector('a.skip[href="#main"]') && document.querySelector("main#main"), path).toBeTruthy();
      // The editor's guide leaves the reader's search.
      if (path === "/guide/") continue;
      expect(
        document.querySelector(`form[role="search"][action="${site.base}search/"] input[name="q"]`),
        path,
      ).toBeTruthy();
    }
  });
});

test("a missing page gets a 404 page that leads back to the filings and to search", async () => {
  const document = parse(await page("/404.html", build("distUnderBase")));
  expect(document.querySelector("h1")?.textContent).toBe("Page not found");
  expect([...document.querySelectorAll("main a")].map((link) => link.getAttribute("href"))).toEqual([
    "/recount/",
    "/recount/search/",
  ]);
});

test("the fixture build has several sections, so that previous and next are exercised", async () => {
  expect((await sectionPaths(build("distUnderBase"))).length).toBeGreaterThanOrEqual(3);
});
