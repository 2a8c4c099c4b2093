import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { build } from "../support/dist.ts";
import { markedFiling, markup } from "../support/markup.ts";

// The site under a sub-path is built from content with markup in every field of editors' text that reaches a
// page (test/support/markup.ts, global-setup.ts): here every page and file of that build is read for it.
const dist = build("distUnderBase").dir;

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
    ["the filing's page", `/${markedFiling}/`, "h1"],
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
