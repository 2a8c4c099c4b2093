// Every quotation a reader sees on a built QFIN page is in the source it names: <q> elements (their
// data-filing, or the page's filing) and text in typographic or straight double quotes in the prose.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { readSource } from "#engine/facts/source.ts";
import { findQuotation } from "#engine/prose/find-quotation.ts";
import { page, parse } from "../support/dist.ts";
import { qfinFiling, qfinSections } from "./qfin-pages.ts";

const filing = qfinFiling;
const pages = ["overview", ...qfinSections];
const source = (id: string) => readSource(readFileSync(`content/filings/${id}/source.txt`, "utf8"), id);

test.each(pages)("every quotation on the %s page is in the source it names", async (name) => {
  const html = parse(await page(`/filings/${filing}/${name}/`));
  const main = html.querySelector("main")!;
  const quoted: { text: string; filing: string }[] = [...main.querySelectorAll("q")].map((q) => ({
    text: q.textContent ?? "",
    filing: q.getAttribute("data-filing") ?? filing,
  }));
  // Prose quotations, outside code, charts and tables of cell output.
  for (const paragraph of main.querySelectorAll("p, li, blockquote, td")) {
    if (paragraph.closest("pre, figure, code")) continue;
    for (const match of (paragraph.textContent ?? "").matchAll(/“([^”]+)”|"([^"]+)"/g))
      quoted.push({ text: match[1] ?? match[2]!, filing });
  }
  expect(quoted.length, "the page quotes the release").toBeGreaterThan(0);
  const missing = quoted
    .filter(({ text, filing: id }) => !findQuotation(source(id), text).found)
    .map(({ text }) => text);
  expect(missing).toEqual([]);
});
