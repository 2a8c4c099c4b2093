import { describe, expect, it } from "vitest";
import { createChecks, Ledger, tally } from "#engine/checks/index.ts";
import type { CheckResult } from "#engine/checks/index.ts";
import { fact } from "./quantities.ts";

// Each fact on a line of its own: two facts of one line are a consistency reading.
// The 2022 column of the 6-K's provisions table, in RMB millions: net = new + revision.
const newProvisions = fact("7,355", { id: "new", line: 1 });
const revision = fact("(771)", { id: "revision", line: 2 });
const net = fact("6,584", { id: "net", line: 3 });

function page(file = "test/pages/provisions.mdx") {
  const ledger = new Ledger();
  const checks = createChecks({ ledger, filing: "test", locate: () => ({ file, line: 1 }) });
  return { ledger, checks };
}

const byId = (ledger: Ledger, id: string): CheckResult => ledger.results().find((result) => result.id === id)!;

describe("directions a passing sum implies", () => {
  it("marks a direction from a part to the total derived, when the other part's sign is printed", () => {
    const { ledger, checks } = page();
    checks.sumsTo("net-is-new-plus-revision", [newProvisions, revision], net, { label: "net = new + revision" });
    checks.direction("writes-back", newProvisions, net, "decrease", { label: "net is below new" });
    expect(byId(ledger, "writes-back")).toMatchObject({
      reading: "derived",
      derivedFrom: ["net-is-new-plus-revision"],
    });
    expect(tally(ledger.results())).toMatchObject({ independent: 1, derived: 1 });
  });

  it("finds it whichever check comes first, and from the total to a part", () => {
    const { ledger, checks } = page();
    checks.direction("new-above-net", net, newProvisions, "increase", { label: "new is above net" });
    checks.sumsTo("net-is-new-plus-revision", [newProvisions, revision], net, { label: "net = new + revision" });
    expect(byId(ledger, "new-above-net").reading).toBe("derived");
  });

  it("leaves a direction independent when another part's sign is open", () => {
    const { ledger, checks } = page();
    // A part printed 0 may be a little above zero or a little below it.
    const zero = fact("0", { id: "other", line: 4 });
    checks.sumsTo("three-parts", [newProvisions, revision, zero], net, { label: "net = new + revision + other" });
    checks.direction("writes-back", newProvisions, net, "decrease", { label: "net is below new" });
    expect(byId(ledger, "writes-back").reading).toBe("independent");
  });

  it("leaves it independent when the other parts' signs differ", () => {
    const { ledger, checks } = page();
    const up = fact("100", { id: "up", line: 4 });
    const down = fact("(871)", { id: "down", line: 5 });
    checks.sumsTo("mixed", [newProvisions, up, down], net, { label: "net = new + up + down" });
    checks.direction("writes-back", newProvisions, net, "decrease", { label: "net is below new" });
    expect(byId(ledger, "writes-back").reading).toBe("independent");
  });

  it("does not take a sum of another page, nor a direction between two parts", () => {
    const elsewhere = page("test/pages/other.mdx");
    const { ledger, checks } = page();
    const shared = new Ledger();
    for (const [c, file] of [
      [createChecks({ ledger: shared, filing: "test", locate: () => ({ file: "a.mdx", line: 1 }) }), "a"],
      [createChecks({ ledger: shared, filing: "test", locate: () => ({ file: "b.mdx", line: 1 }) }), "b"],
    ] as const) {
      if (file === "a") c.sumsTo("sum", [newProvisions, revision], net, { label: "net = new + revision" });
      else c.direction("writes-back", newProvisions, net, "decrease", { label: "net is below new" });
    }
    expect(byId(shared, "writes-back").reading).toBe("independent");
    checks.sumsTo("sum", [newProvisions, revision], net, { label: "net = new + revision" });
    checks.direction("new-above-revision", revision, newProvisions, "increase", { label: "new is above revision" });
    expect(byId(ledger, "new-above-revision").reading).toBe("independent");
    expect(elsewhere.ledger.results()).toEqual([]);
  });

  it("does not take a sum that failed as a declared discrepancy", () => {
    const { ledger, checks } = page();
    const wrongNet = fact("6,000", { id: "net", line: 3 });
    checks.sumsTo("declared", [newProvisions, revision], wrongNet, {
      label: "net = new + revision",
      discrepancy: "why",
    });
    checks.direction("writes-back", newProvisions, wrongNet, "decrease", { label: "net is below new" });
    expect(byId(ledger, "writes-back").reading).toBe("independent");
  });
});

describe("who states a direction", () => {
  it("labels a direction with a passage stated, and one without it Recount's reading", () => {
    const { ledger, checks } = page();
    checks.direction("stated", newProvisions, net, "decrease", { label: "net is below new", stated: "(write-back)" });
    checks.direction("read", revision, net, "increase", { label: "net is above the revision" });
    expect(byId(ledger, "stated")).toMatchObject({ sides: { disclosed: "stated" }, passage: "(write-back)" });
    expect(byId(ledger, "read")).toMatchObject({ sides: { disclosed: "inferred" }, passage: undefined });
  });

  it("reads a direction between two figures of one passage as a consistency reading", () => {
    const { ledger, checks } = page();
    const quote = "decreased from RMB10.5 billion as of December 31, 2022 to RMB 8.4 billion";
    const before = fact("10.5", { id: "cash.before", quote, scale: "billion" });
    const after = fact("8.4", { id: "cash.after", quote, scale: "billion" });
    checks.direction("cash.decreased", before, after, "decrease", { label: "cash fell", stated: "decreased from" });
    expect(byId(ledger, "cash.decreased").reading).toBe("consistency");
  });

  it("refuses a passage on a check that is not a direction", () => {
    const { checks } = page();
    expect(() =>
      checks.sumsTo("sum", [newProvisions, revision], net, { label: "net = new + revision", stated: "net" }),
    ).toThrow(/only a direction is stated that way/);
  });
});
