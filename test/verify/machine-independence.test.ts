import { expect, test } from "vitest";
import { checkWithCell } from "./check-project.ts";

// What a cell prints must not depend on the machine that builds the page: cells run in UTC and format in
// en-US where they name no locale. Run in New York's time zone and a German locale, where both differ.
const seen = `[new Date("2024-09-27").getDate(), new Date(2024, 8, 27).toISOString(), (1234.5).toLocaleString(), new Intl.NumberFormat().format(1234.5), new Intl.DateTimeFormat().format(new Date("2024-09-27")), [0.5].toLocaleString(), new Date("2024-09-27").toLocaleDateString()]`;
const expected = [27, "2024-09-27T00:00:00.000Z", "1,234.5", "1,234.5", "9/27/2024", "0.5", "9/27/2024"];

test("`npm run check` in another time zone and locale: cells see UTC and en-US", { timeout: 120_000 }, async () => {
  const { code, output } = await checkWithCell(
    `const seen = ${seen};\nif (JSON.stringify(seen) !== ${JSON.stringify(JSON.stringify(expected))}) throw new Error(\`machine-dependent: \${JSON.stringify(seen)}\`);`,
    { env: { TZ: "America/New_York", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" } },
  );
  expect(output).not.toContain("machine-dependent");
  expect(code, output).toBe(0);
});
