import { expect, test } from "vitest";
import { patience } from "../support/patience.ts";
import { checkWithCell } from "./check-project.ts";

test("a page that allocates without end stops `npm run check` at its cell, within the project's memory limit", async () => {
  const { code, output } = await checkWithCell(
    "const chunks: number[][] = [];\nwhile (true) chunks.push(new Array(1_000_000).fill(1));",
    // The memory limit, not the time limit, must stop it, however slowly a loaded machine fills the memory.
    { manifest: { recount: { cellMemory: 96, cellTimeout: patience } } },
  );
  expect(code).toBe(1);
  expect(output).toContain(
    "content/filings/demo-2024-03-28-20f/pages/00-revenues.mdx:23\nthe page used more than its memory limit of 96 MB: this cell was running",
  );
  expect(output).not.toContain("FATAL ERROR");
});
