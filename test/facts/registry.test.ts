import { describe, expect, it } from "vitest";
import { RecountErrors } from "#engine/diagnostics/recount-error.ts";
import { factsRegistry } from "#engine/facts/registry.ts";
import { facts, source, writeFilings } from "./fixture.ts";
import { thrown } from "../support/thrown.ts";

const other = {
  source: "Beta had 1,234 employees.\n",
  facts:
    "facts:\n  - id: employees\n    label: Employees\n    period: 2024-06-30\n    quote: Beta had 1,234 employees\n    unit: count\n",
};

describe("factsRegistry", () => {
  const root = writeFilings({ "acme-6k": { source, facts }, "beta-10k": other });
  const registry = factsRegistry(".", { root });

  it("lists the filings that have facts", () => {
    expect(registry.filings).toEqual(["acme-6k", "beta-10k"]);
  });

  it("resolves a bare id against the current filing, a qualified one across filings", () => {
    const net = registry.fact("provisions.net.2023", { filing: "acme-6k" });
    expect([net.id, net.filing, net.printed, net.value.toFixed(), net.unit]).toEqual([
      "provisions.net.2023",
      "acme-6k",
      "2,636",
      "2636000000",
      "RMB",
    ]);
    const employees = registry.fact("beta-10k/employees", { filing: "acme-6k" });
    expect([
      employees.filing,
      employees.value.toFixed(),
      employees.lo.toFixed(),
      employees.unit,
      employees.scale,
    ]).toEqual(["beta-10k", "1234", "1233.5", "count", "one"]);
    expect(employees.facts).toEqual(["beta-10k/employees"]);
  });

  it("loads each filing once", () => {
    expect(registry.fact("acme-6k/leverage")).toBe(registry.fact("leverage", { filing: "acme-6k" }));
    expect(registry.load("acme-6k")).toBe(registry.load("acme-6k"));
  });

  it("says what is wrong with a reference", () => {
    expect(thrown(() => registry.fact("leverage"))).toMatchInlineSnapshot(`
      "fact "leverage" names no filing

      hint: write it as "<filing-id>/leverage", or give the current filing"
    `);
    expect(thrown(() => registry.fact("gamma-8k/leverage"))).toMatchInlineSnapshot(`
      "unknown filing "gamma-8k" in fact "gamma-8k/leverage"

      hint: filings with facts: acme-6k, beta-10k"
    `);
  });

  it("throws all the errors of a filing's facts file", () => {
    const broken = factsRegistry(".", {
      root: writeFilings({
        "acme-6k": {
          source,
          facts: facts.replace("period: FY2022", "period: FY22").replace("label: Revenue", "label: ''"),
        },
      }),
    });
    expect(() => broken.fact("acme-6k/leverage")).toThrow(RecountErrors);
    expect(() => broken.fact("acme-6k/leverage")).toThrow(
      expect.objectContaining({ errors: [expect.anything(), expect.anything()] }),
    );
  });
});
