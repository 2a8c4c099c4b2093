import { describe, expect, it } from "vitest";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import type { Fact } from "#engine/facts/fact.ts";
import { fact } from "./quantities.ts";

// The provisions table of the QFIN 6-K of 27 September 2024, RMB in millions, as printed.
const table = {
  "2022": { new: 7355, revision: -771, net: 6584, components: [1580, 398, 238, 4368] },
  "2023": { new: 7647, revision: -1880, net: 5767, components: [2151, 386, 176, 3054] },
  "h1-2023": { new: 3573, revision: -936, net: 2636, components: [1002, 151, 45, 1438] },
  "h1-2024": { new: 2694, revision: -489, net: 2205, components: [1697, 169, 235, 103] },
};
type Period = keyof typeof table;
type Row = (typeof table)[Period];

/** A cell as the table prints it: thousands separators, negatives in parentheses. */
function cell(value: number, id: string): Fact {
  const digits = Math.abs(value).toLocaleString("en-US");
  return fact(value < 0 ? `(${digits})` : digits, { id, filing: "qfin-2024-09-27-6k" });
}

/** The two checks the table invites: net = new + revision, and net = its four components. */
const cases = (Object.entries(table) as [Period, Row][]).flatMap(([period, row]) => [
  { name: `net from new and revision, ${period}`, parts: [row.new, row.revision], total: row.net },
  { name: `net from its components, ${period}`, parts: row.components, total: row.net },
]);

function verify(parts: readonly number[], total: number) {
  const checks = createChecks({ ledger: new Ledger(), filing: "qfin-2024-09-27-6k" });
  const facts = parts.map((value, i) => cell(value, `part.${i}`));
  return checks.sumsTo("net", facts, cell(total, "net"), { label: "net provisions" }).status;
}

describe("the QFIN provisions table", () => {
  it.each([
    ["net from new and revision, 2022", "exact"],
    ["net from its components, 2022", "exact"],
    ["net from new and revision, 2023", "exact"],
    ["net from its components, 2023", "exact"],
    ["net from new and revision, h1-2023", "rounding"],
    ["net from its components, h1-2023", "exact"],
    ["net from new and revision, h1-2024", "exact"],
    ["net from its components, h1-2024", "rounding"],
  ])("%s: %s", (name, status) => {
    const { parts, total } = cases.find((c) => c.name === name)!;
    expect(verify(parts, total)).toBe(status);
  });

  it("reports the widths it allowed when only rounding reconciles the figures", () => {
    const checks = createChecks({ ledger: new Ledger(), filing: "qfin-2024-09-27-6k" });
    const row = table["h1-2023"];
    const result = checks.sumsTo("net", [cell(row.new, "new"), cell(row.revision, "revision")], cell(row.net, "net"), {
      label: "net",
    });
    expect(result.formula).toBe("3,573 + (936)");
    expect(result.tolerance && [result.tolerance.computed.toFixed(), result.tolerance.disclosed.toFixed()]).toEqual([
      "2000000",
      "1000000",
    ]);
  });
});

// n parts and a total, each rounded to the unit, reconcile iff their printed values differ by at most
// (n + 1) / 2 units (Calculations 1.1's rule of thumb): every perturbation of one printed figure must
// pass within that and fail beyond it, in both directions.
describe.each(cases)("mutants of $name", ({ parts, total }) => {
  const tolerance = (parts.length + 1) / 2;
  const discrepancy = parts.reduce((a, b) => a + b, 0) - total;
  const inputs = [
    ...parts.map((_, i) => ({
      input: `part ${i + 1}`,
      effect: 1,
      perturb: (by: number) => verify(parts.with(i, parts[i]! + by), total),
    })),
    { input: "total", effect: -1, perturb: (by: number) => verify(parts, total + by) },
  ];

  it.each(inputs)("$input: fails exactly when perturbed beyond rounding", ({ effect, perturb }) => {
    for (const by of [-4, -3, -2, -1, 1, 2, 3, 4]) {
      const off = Math.abs(discrepancy + effect * by);
      expect(perturb(by), `perturbed by ${by}`).toBe(
        off === 0 ? "exact" : off <= tolerance ? "rounding" : "inconsistent",
      );
    }
  });
});
