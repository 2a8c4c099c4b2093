import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { astroBuild, projectRoot } from "../support/astro.ts";
import { isolatedProject } from "./isolated-project.ts";

const markup = "<script>alert(1)</script>";
const filing = "filings/qfin-2024-09-27-6k";
const temporary: string[] = [];
let dist: string;

/**
 * The project's content with markup in every field of editors' text that reaches a page. To cover
 * another field, add a line here.
 */
async function contentWithMarkup(): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), "recount-content-"));
  temporary.push(content);
  await cp(join(projectRoot, "content"), content, { recursive: true });
  await editYaml(join(content, filing, "filing.yaml"), (metadata) => ({
    ...metadata,
    title: `${metadata.title} ${markup}`,
    summary: `${metadata.summary} ${markup}`,
  }));
  return content;
}

async function editYaml(file: string, edit: (data: Record<string, string>) => object): Promise<void> {
  await writeFile(file, stringify(edit(parse(await readFile(file, "utf8")))));
}

beforeAll(async () => {
  const root = await isolatedProject(await contentWithMarkup());
  temporary.push(root);
  const { code, output, outDir } = await astroBuild(root, join(root, "dist"));
  if (code !== 0) throw new Error(`the site did not build:\n${output}`);
  dist = outDir;
});
afterAll(() => Promise.all(temporary.map((folder) => rm(folder, { recursive: true, force: true }))));

describe("markup in a filing's metadata", () => {
  test("becomes no element on any page, and leaves structured data intact", async () => {
    for (const file of await builtFiles(".html")) {
      const { document } = parseHTML(await readFile(join(dist, file), "utf8"));
      const scripts = [...document.querySelectorAll("script")];
      expect(
        scripts.filter((script) => script.textContent === "alert(1)"),
        file,
      ).toEqual([]);
      // A `</script>` left as it is in JSON-LD would end the block early and break it.
      for (const script of scripts.filter((script) => script.type === "application/ld+json")) {
        expect(() => JSON.parse(script.textContent ?? ""), file).not.toThrow();
      }
    }
  });

  test("is escaped in the feed and the sitemap", async () => {
    // XML allows no raw `<` in text or attribute values, so any occurrence is markup.
    for (const file of await builtFiles(".xml"))
      expect(await readFile(join(dist, file), "utf8"), file).not.toContain("<script>alert");
  });

  test.for([
    // The home page leads with a filing that responds to another document, listing the rest as its sources.
    ["the home page", "/", "main a"],
    ["the filing's page", `/${filing}/`, "h1"],
  ])("shows as text on %s", async ([, path, selector]) => {
    const html = await readFile(join(dist, path!, "index.html"), "utf8");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const { document } = parseHTML(html);
    expect([...document.querySelectorAll(selector!)].map((element) => element.textContent).join("\n")).toContain(
      markup,
    );
  });
});

async function builtFiles(extension: string): Promise<string[]> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith(extension));
  expect(files.length, `built ${extension} files`).toBeGreaterThan(0);
  return files;
}
