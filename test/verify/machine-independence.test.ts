import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { projectRoot } from "../support/astro.ts";
import { checkWithCell } from "./check-project.ts";

// What a cell prints must not depend on the machine that builds the page: cells run in UTC and format in
// en-US where they name no locale. Run in New York's time zone and a German locale, where both differ.
const seen = `[new Date("2024-09-27").getDate(), new Date(2024, 8, 27).toISOString(), (1234.5).toLocaleString(), new Intl.NumberFormat().format(1234.5), new Intl.DateTimeFormat().format(new Date("2024-09-27")), [0.5].toLocaleString(), new Date("2024-09-27").toLocaleDateString()]`;
const expected = [27, "2024-09-27T00:00:00.000Z", "1,234.5", "1,234.5", "9/27/2024", "0.5", "9/27/2024"];

test("`npm run check` in another time zone and locale: cells see UTC and en-US", async () => {
  const { code, output } = await checkWithCell(
    `const seen = ${seen};\nif (JSON.stringify(seen) !== ${JSON.stringify(JSON.stringify(expected))}) throw new Error(\`machine-dependent: \${JSON.stringify(seen)}\`);`,
    { env: { TZ: "America/New_York", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" } },
  );
  expect(output).not.toContain("machine-dependent");
  expect(code, output).toBe(0);
});

// The pages' own code runs outside the sandbox, on the process's default locale: it must name one.
test("the site's code names a locale wherever it collates or formats for a locale", async () => {
  const files = (await readdir(join(projectRoot, "src"), { recursive: true, encoding: "utf8" })).filter(
    (file) => /\.(ts|astro|mjs)$/.test(file) && file !== join("engine", "sandbox", "inside", "prelude.ts"),
  );
  // One argument with no comma at its top level: `a.localeCompare(b)`, `x.toLocaleString()`, `Intl.Collator()`.
  const oneArgument = String.raw`\((?:[^(),]|\([^()]*\))*\)`;
  const noLocale = new RegExp(String.raw`\.localeCompare${oneArgument}|\.toLocale\w*\(\s*\)|\bIntl\.\w+\(\s*\)`, "g");
  const found: string[] = [];
  for (const file of files) {
    const text = await readFile(join(projectRoot, "src", file), "utf8");
    for (const match of text.matchAll(noLocale))
      found.push(`src/${file}:${text.slice(0, match.index).split("\n").length}: ${match[0]}`);
  }
  expect(found).toEqual([]);
});
