import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { mdxToJs, type MdastPluginDefinition } from "satteri";
import { describe, expect, test } from "vitest";
import { findCandidates } from "#tools/scaffold/candidates.ts";
import { factsYaml } from "#tools/scaffold/facts-yaml.ts";
import { parse } from "yaml";
import { filingMetadata } from "#engine/filings/metadata.ts";
import { markdownFeatures, readmeSection } from "#build/guide/readme-section.ts";
import { projectRoot } from "../support/astro.ts";
import { guideEntries, guidePages, larkspur } from "./support/larkspur.ts";
import { mistakes } from "./support/mistakes.ts";
import { guideSnippets, readmeGuide, snippets } from "./support/snippets.ts";

const practice = findCandidates(
  readFileSync(join(projectRoot, "test/fixtures/new-filing/larkspur-2025-03-12.txt"), "utf8"),
);

/** What each kind of snippet is, and the test that runs it. */
const exercised: Record<string, (kind: string) => boolean> = {
  sh: (kind) => kind === "", // the commands: new:filing and check in workflow.slow.test.ts, dev in dev.integration.ts (npm run test:integration)
  yaml: (kind) => ["filing.yaml", "candidate", "fact", "ignore", "excerpt"].includes(kind), // workflow.slow.test.ts, via support/larkspur.ts; excerpt below
  mdx: (kind) => /^pages\/\d\d-[a-z-]+\.mdx$/.test(kind), // the practice filing's page, built in workflow.slow.test.ts
  text: (kind) => kind in mistakes, // an error the mistake of that name makes, in workflow.slow.test.ts
};

/** What the site's guide page holds as it is compiled: its headings and its snippets, in order. */
function siteGuide(): string[] {
  const seen: string[] = [];
  const recorder: MdastPluginDefinition = {
    name: "recorder",
    heading: (node, ctx) => void seen.push(`${"#".repeat(node.depth)} ${ctx.textContent(node)}`),
    mdxJsxFlowElement: (node) => {
      const props = Object.fromEntries(node.attributes.map((prop) => ("name" in prop ? [prop.name, prop.value] : [])));
      seen.push(`<${node.name}> ${props.lang}\n${props.code}`);
    },
  };
  mdxToJs(readFileSync(join(projectRoot, "src/pages/guide.mdx"), "utf8"), {
    mdastPlugins: [readmeSection(pathToFileURL(join(projectRoot, "README.md"))), recorder],
    features: markdownFeatures,
  });
  return seen;
}

describe("the editor's guide", () => {
  test("is README.md's on the site: its headings a level up, each code block a snippet", () => {
    const readme = readmeGuide()
      .split("\n")
      .filter((line) => /^#{3,} /.test(line))
      .map((line) => line.slice(1));
    // The site prints typographic apostrophes where the README types straight ones.
    const headings = siteGuide().filter((line) => line.startsWith("#"));
    expect(headings.map((line) => line.replaceAll("’", "'"))).toEqual(readme);
    expect(siteGuide().filter((line) => line.startsWith("<"))).toEqual(
      snippets(readmeGuide()).map(({ lang, code }) => `<Snippet> ${lang}\n${code}`),
    );
  });

  test("has only snippets that a test runs", () => {
    const found = snippets(readmeGuide());
    expect(found.filter(({ lang, kind }) => !exercised[lang]?.(kind))).toEqual([]);
    expect(found.filter(({ lang }) => lang === "sh").flatMap(({ code }) => code.split("\n"))).toEqual([
      `npm run new:filing -- --id ${larkspur} test/fixtures/new-filing/${larkspur}.txt`,
      "npm run check",
      "npm run dev",
    ]);
    expect(
      found
        .filter(({ lang }) => lang === "text")
        .map(({ kind }) => kind)
        .sort(),
    ).toEqual(Object.keys(mistakes).sort());
    expect([...guidePages().keys()]).toEqual(["pages/01-overview.mdx", "pages/02-revenues.mdx"]);
  });

  test("shows candidates as the scaffold writes them, and confirms and ignores candidates the scaffold proposes", () => {
    const written = factsYaml(larkspur, practice);
    for (const { code } of snippets(readmeGuide()).filter(({ kind }) => kind === "candidate"))
      expect(written).toContain(code);
    const anchors = practice.facts.map(({ anchor }) => anchor);
    for (const entry of guideEntries("fact"))
      expect(anchors, String(entry.id)).toContainEqual({ quote: entry.quote, number: entry.number });
    for (const entry of guideEntries("ignore")) {
      if ("pattern" in entry)
        expect(
          practice.ignores.map(({ pattern }) => pattern),
          String(entry.pattern),
        ).toContain(entry.pattern);
      else
        expect(
          anchors.some((anchor) => "quote" in anchor && anchor.quote.includes(String(entry.quote))),
          String(entry.quote),
        ).toBe(true);
    }
  });

  test("shows an excerpt's fields as filing.yaml takes them: excerpt: with of:, and the original's address in source:", () => {
    const [excerpt] = snippets(readmeGuide()).filter(({ kind }) => kind === "excerpt");
    const metadata = {
      ...(parse(guideSnippets("yaml", "filing.yaml")[0]!.code) as Record<string, unknown>),
      ...(parse(excerpt!.code) as Record<string, unknown>),
    };
    expect(filingMetadata.safeParse(metadata).success).toBe(true);
    const { source: _, ...withoutSource } = metadata;
    expect(filingMetadata.safeParse(withoutSource).success).toBe(false);
  });
});
