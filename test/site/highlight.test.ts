import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { highlightTypeScript } from "#site/highlight.ts";
import { projectRoot } from "../support/astro.ts";

/** The highlighted code as a browser reads it, inside the `<code>` it is written into. */
function element(html: string): Element {
  return parseHTML(`<code>${html}</code>`).document.querySelector("code")!;
}

/** The coloured tokens of some code, as [class, text] pairs. */
function colours(code: string): string[][] {
  return [...element(highlightTypeScript(code)).children].map((span) => [
    span.className.replace(/^tok-/, ""),
    span.textContent!,
  ]);
}

const snippets = [
  'function first<T extends readonly unknown[]>(items: T): T[0] {\n  return items[0];\n}\nconst byName = new Map<string, Array<Quantity<"RMB">>>();',
  'const share = fact("risk-bearing.share") as Quantity;\nconst table = { a: 1 } satisfies Record<string, number>;',
  "const label = `${share.printed} of ${`all ${loans}`} & <b>more</b>`;",
  "const tag = /<(\\w+)>[^/]*<\\/\\1>/giu;\nconst ratio = a / b / 2;",
  "// a < b, and & too\n/* a block\n   over lines */ x; /** a doc comment */",
  "const x = ;\nfoo(",
  "const x = 1; const x = 2;",
  "if (a < b && b > c) flags &= 1 << 2;\nelse flags = null;",
  "const a = 1;\r\n\tconst b = 0x1f + 2n; \n\n",
  'const café = "日本語 🎉"; // ✓',
  "",
];

describe("highlightTypeScript", () => {
  it.for(snippets)("keeps the text of %j exactly", (code) => {
    expect(element(highlightTypeScript(code)).textContent).toBe(code);
  });

  it("keeps the text exactly, and adds only token spans, however the code is broken", () => {
    const broken = fc
      .tuple(fc.constantFrom(...snippets), fc.nat(), fc.nat(), fc.string({ unit: "binary", maxLength: 8 }))
      .map(([code, from, length, insert]) => {
        const start = from % (code.length + 1);
        return code.slice(0, start) + insert + code.slice(start + (length % (code.length - start + 1)));
      });
    fc.assert(
      fc.property(broken, (code) => {
        const highlighted = element(highlightTypeScript(code));
        expect(highlighted.textContent).toBe(code);
        for (const span of highlighted.querySelectorAll("*")) {
          expect(span.parentElement).toBe(highlighted);
          expect(span.outerHTML).toMatch(/^<span class="tok-[a-z]+">[^<]*<\/span>$/);
        }
      }),
    );
  });

  it("colours a cell's keywords, strings, numbers, comments, calls, types, keys and constants", () => {
    const cell = [
      'const share: Quantity = fact("risk-bearing.share"); // disclosed',
      '[{ measure: `Other, ${share.printed}`, value: sub(exact(100, "percent"), share), known: true }]',
    ].join("\n");
    expect(highlightTypeScript(cell)).toMatchInlineSnapshot(`
      "<span class="tok-keyword">const</span> share: <span class="tok-type">Quantity</span> = <span class="tok-function">fact</span>(<span class="tok-string">&quot;risk-bearing.share&quot;</span>); <span class="tok-comment">// disclosed</span>
      [{ <span class="tok-property">measure</span>: <span class="tok-string">\`Other, </span>\${share.printed}<span class="tok-string">\`</span>, <span class="tok-property">value</span>: <span class="tok-function">sub</span>(<span class="tok-function">exact</span>(<span class="tok-number">100</span>, <span class="tok-string">&quot;percent&quot;</span>), share), <span class="tok-property">known</span>: <span class="tok-constant">true</span> }]"
    `);
  });

  it("colours TypeScript's contextual keywords only where the syntax makes them keywords", () => {
    expect(colours("type Key = keyof Row; const type = { as: 1 }, copy = type as Key;")).toEqual([
      ["keyword", "type"],
      ["type", "Key"],
      ["keyword", "keyof"],
      ["type", "Row"],
      ["keyword", "const"],
      ["property", "as"],
      ["number", "1"],
      ["keyword", "as"],
      ["type", "Key"],
    ]);
    expect(colours("for (const of of items) await of.done(undefined, null, /x/);")).toEqual([
      ["keyword", "for"],
      ["keyword", "const"],
      ["keyword", "of"],
      ["keyword", "await"],
      ["function", "done"],
      ["constant", "undefined"],
      ["constant", "null"],
      ["regexp", "/x/"],
    ]);
  });

  it("emits just the classes notebook.css colours", async () => {
    const stylesheet = await readFile(join(projectRoot, "src/site/styles/notebook.css"), "utf8");
    const coloured = new Set([...stylesheet.matchAll(/\.tok-([a-z]+)/g)].map(([, kind]) => kind));
    const emitted = new Set(snippets.flatMap((code) => colours(code).map(([kind]) => kind)));
    expect([...emitted].sort()).toEqual([...coloured].sort());
  });

  it("escapes markup in tokens and between them", () => {
    expect(highlightTypeScript('a < b && c > "<i>" // </code>')).toBe(
      'a &lt; b &amp;&amp; c &gt; <span class="tok-string">&quot;&lt;i&gt;&quot;</span> <span class="tok-comment">// &lt;/code&gt;</span>',
    );
  });

  it("shows code that Babel cannot parse escaped and uncoloured", () => {
    expect(highlightTypeScript("const = <b>&")).toBe("const = &lt;b&gt;&amp;");
  });
});
