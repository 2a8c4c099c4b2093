import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { loadFacts } from "#engine/facts/load.ts";
import type { LoadedFacts } from "#engine/facts/load.ts";

/** The temporary folders this test file has written, removed once its tests have run. */
const roots: string[] = [];
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * Writes filing folders (source.txt, facts.yaml) into a fresh temporary folder, and returns that folder;
 * it is removed after the test file's last test.
 */
export function writeFilings(filings: Record<string, { source: string; facts: string }>): string {
  const root = mkdtempSync(join(tmpdir(), "recount-facts-"));
  roots.push(root);
  for (const [id, { source, facts }] of Object.entries(filings)) {
    mkdirSync(join(root, id));
    writeFileSync(join(root, id, "source.txt"), source);
    writeFileSync(join(root, id, "facts.yaml"), facts);
  }
  return root;
}

/** Loads one filing written to a temporary folder; messages name its files as `acme-6k/facts.yaml`. */
export function loadFiling(source: string, facts: string, { id = "acme-6k" }: { id?: string } = {}): LoadedFacts {
  const root = writeFilings({ [id]: { source, facts } });
  return loadFacts(join(root, id), { root });
}

/** A small source with the shapes the QFIN filing has: prose numbers, a qualifier, an escaped $, a table. */
export const source = [
  "**ACME Corp** reports for 2023.",
  "Revenue was RMB 12.5 billion, up from RMB10.1 billion.",
  "It spent more than US\\$300 million on buybacks; its leverage ratio was 2.4.",
  "",
  "(RMB in millions)\t2023\tFirst Half of 2024",
  "Net Provisions\t2,636\t(1,880)",
  "Booking Ratio\t\t",
  "Provision Ratio ¹\t2.9%\t3.4%",
  "",
  "¹ A ratio.",
  "",
].join("\n");

/** A facts file that accounts for every number of `source`. */
export const facts = `tables:
  - id: provisions
    header: (RMB in millions)
facts:
  - id: revenue.2023
    label: Revenue
    period: FY2023
    quote: Revenue was RMB 12.5 billion
  - id: revenue.2022
    label: Revenue
    period: FY2022
    quote: up from RMB10.1 billion
  - id: buybacks
    label: Spent on buybacks
    period: FY2023
    quote: spent more than US$300 million
  - id: leverage
    label: Leverage ratio
    period: 2023-12-31
    quote: leverage ratio was 2.4
    unit: ratio
  - id: provisions.net.2023
    label: Net provisions
    period: FY2023
    cell: { table: provisions, row: Net Provisions, column: 2023 }
  - id: provisions.net.h1-2024
    label: Net provisions
    period: H1 2024
    cell: { table: provisions, row: Net Provisions, column: First Half of 2024 }
  - id: ratio.2023
    label: Provision ratio
    period: FY2023
    cell: { table: provisions, row: Provision Ratio, column: 2023 }
  - id: ratio.h1-2024
    label: Provision ratio
    period: H1 2024
    cell: { table: provisions, row: Provision Ratio, column: First Half of 2024 }
ignore:
  - pattern: '\\b20\\d\\d\\b'
    reason: years name periods
  - pattern: '¹'
    reason: footnote markers
`;
