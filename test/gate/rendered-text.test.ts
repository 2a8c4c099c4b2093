import { appendFile, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { renderedTexts } from "#build/gate/rendered-text.ts";
import { packReport, unpackReport } from "#engine/verify/transfer.ts";
import { recountNotebooks } from "#build/notebooks/vite-plugin.ts";
import { digest } from "#engine/text/digest.ts";
import { verify } from "#engine/verify/verify.ts";
import { fixtureProject, projectRoot } from "../support/astro.ts";

// The gate holds the text the build renders each page from to the text the verification read: the two
// are separate readings of the file, and a page changed in between would be published unverified.
const file = "content/filings/demo/pages/01-revenues.mdx";
const verified = '---\ntitle: Revenues\n---\n\nRevenues were <Fact id="revenue.2023" />.\n';
const report = { notebooks: [{ file, textDigest: digest(verified) }] };

test("a page rendered from the text that was verified passes", () => {
  const texts = renderedTexts();
  texts.read(file, verified);
  expect(texts.unverified(report)).toEqual([]);
});

test("a page whose text changed after it was verified stops the build, at the page, saying what to do", () => {
  const texts = renderedTexts();
  texts.read(file, verified.replace("revenue.2023", "revenue.2022"));
  const [error, ...rest] = texts.unverified(report);
  expect(rest).toEqual([]);
  expect(error!.format()).toBe(
    `${file}:1\nthe page's text that the build read to render it is not the text it verified: the page changed in between\n\nhint: build again, without saving pages while it runs; if no page was saved, a Vite plugin listed before Recount's changes pages: remove it, or list it after`,
  );
});

test("one changed character is a change, and a page the verification never ran is refused too", () => {
  const texts = renderedTexts();
  texts.read(file, `${verified} `);
  texts.read("content/filings/demo/pages/02-unverified.mdx", verified);
  expect(texts.unverified(report).map((error) => [error.location?.file, error.message])).toEqual([
    [file, expect.stringContaining("is not the text it verified")],
    [
      "content/filings/demo/pages/02-unverified.mdx",
      "the build read this page to render it, but verified no page of that name",
    ],
  ]);
});

type Handler = (this: unknown, ...args: unknown[]) => unknown;

test("a page saved after the verification read it is caught as the notebooks' plugin reads it again", async () => {
  const root = await fixtureProject(join(projectRoot, "test/fixtures/valid-base"));
  try {
    // As the gate's worker verifies and hands the report over, and the bundler then reads the page.
    const report = unpackReport(structuredClone(packReport(await verify(root, { typeCheck: false }))));
    const texts = renderedTexts();
    const plugin = recountNotebooks({ onPage: texts.read });
    (plugin.configResolved as Handler).call({}, { root, plugins: [plugin, { name: "@mdx-js/rolldown" }] });
    const render = async (page: string) => {
      const id = join(root, page);
      (plugin.transform as { handler: Handler }).handler.call({}, await readFile(id, "utf8"), id);
    };
    const page = "content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx";
    expect(report.notebooks.map((notebook) => notebook.file)).toEqual([page]);
    await render(page);
    expect(texts.unverified(report)).toEqual([]);
    await appendFile(join(root, page), "\nA paragraph saved while the site was being built.\n");
    await render(page);
    expect(texts.unverified(report).map((error) => error.location)).toEqual([{ file: page, line: 1 }]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
