import { readdir, readFile } from "node:fs/promises";
import { join, sep } from "node:path";
import { parseHTML } from "linkedom";
import { inject } from "vitest";
import { buildNames, builds, type BuildName } from "./builds.ts";

/** A built site: where it was written, and the `site` and `base` it was built for. */
export interface Build {
  readonly name: BuildName;
  readonly label: string;
  readonly dir: string;
  readonly site: string;
  readonly base: string;
}

export function build(name: BuildName): Build {
  return { name, dir: inject(name), ...builds[name] };
}

/** Every build, for tests that must hold wherever the site is deployed: `describe.for(everyBuild())`. */
export function everyBuild(): Build[] {
  return buildNames.map(build);
}

/** The absolute URL of a path below a build's base, as the site names it in feeds and canonical links. */
export function siteUrl(path: string, from: Build): string {
  return new URL(`${from.base}${path.replace(/^\//, "")}`, from.site).href;
}

/** A built file by its URL path below the base: a page ("/", "/filings/x/") or any other file ("/rss.xml"). */
export function page(path: string, from: Build = build("dist")): Promise<string> {
  return readFile(join(from.dir, path.endsWith("/") ? `${path}index.html` : path), "utf8");
}

/** The URL path below the base of every HTML page built: "/", "/methodology/", "/404.html". */
export async function pagePaths(from: Build = build("dist")): Promise<string[]> {
  const files = await readdir(from.dir, { recursive: true });
  return files
    .filter((name) => name.endsWith(".html"))
    .map((name) => `/${name.split(sep).join("/")}`.replace(/\/index\.html$/, "/"))
    .sort();
}

/** Pages that are not content: they are neither indexed, nor listed, nor held to the no-script budget. */
export const utilityPages = ["/404.html", "/search/"];

/** The pages readers read: every built page but the utility ones. */
export async function contentPaths(from: Build = build("dist")): Promise<string[]> {
  return (await pagePaths(from)).filter((path) => !utilityPages.includes(path));
}

/** The pages the reader's search indexes: every content page but the editor's guide, which stays out of it. */
export async function searchedPaths(from: Build = build("dist")): Promise<string[]> {
  return (await contentPaths(from)).filter((path) => path !== "/guide/");
}

/** The filings' own pages: "/filings/<id>/". */
export async function filingPaths(from: Build = build("dist")): Promise<string[]> {
  return (await contentPaths(from)).filter((path) => /^\/filings\/[^/]+\/$/.test(path));
}

/** The sections of every filing, in the order each filing's page lists them. */
export async function sectionPaths(from: Build = build("dist")): Promise<string[]> {
  const sections: string[] = [];
  for (const filing of await filingPaths(from)) {
    for (const link of parse(await page(filing, from)).querySelectorAll("ol.sections a[href]")) {
      sections.push(new URL(link.getAttribute("href")!, siteUrl(filing, from)).pathname.slice(from.base.length - 1));
    }
  }
  return sections;
}

/** A page's DOM, to query like a browser would. */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The `href`s of every link on a page. */
export function links(html: string): string[] {
  return [...parse(html).querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!);
}
