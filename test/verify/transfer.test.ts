import Decimal from "decimal.js";
import { beforeAll, expect, test } from "vitest";
import { Ledger } from "../../src/checks/index.ts";
import { Down, Nearest, Up } from "../../src/quantity/precise.ts";
import { reportJson } from "../../src/verify/report-json.ts";
import { reportText } from "../../src/verify/report-text.ts";
import { packReport, unpackReport } from "../../src/verify/transfer.ts";
import { verify, type Report } from "../../src/verify/verify.ts";
import { projectRoot } from "../support/astro.ts";

/** What the build's main thread gets from the gate's worker: the packed report, structurally cloned. */
const sent = (report: Report) => unpackReport(structuredClone(packReport(report)));

/** A report of one notebook whose scope is `scope`, with no filings, facts or checks. */
const reportOf = (scope: Record<string, unknown>): Report => ({
  filings: [],
  facts: [],
  notebooks: [{ file: "page.mdx", filing: "demo", slug: "page", cells: [], scope }],
  ledger: new Ledger(),
  errors: [],
});

let qfin: Report;
beforeAll(async () => {
  qfin = await verify(projectRoot);
  expect(qfin.errors).toEqual([]);
}, 60_000);

test("the QFIN report arrives as the gate made it: the same text, JSON, facts and checks", () => {
  const { report } = sent(qfin);
  expect(reportText(report)).toBe(reportText(qfin));
  expect(reportJson(report)).toEqual(reportJson(qfin));
  expect(report.facts).toEqual(qfin.facts);
  expect(report.ledger.results()).toEqual(qfin.ledger.results());
});

test("a check is one object, in the ledger and in the cell that made it", () => {
  const sharedChecks = ({ ledger, notebooks }: Report) => {
    const outputs = new Set(notebooks.flatMap(({ cells }) => cells.flatMap(({ output }) => (Array.isArray(output) ? output : [output]))));
    return ledger.results().filter((result) => outputs.has(result)).length;
  };
  expect(sharedChecks(qfin)).toBeGreaterThan(0);
  expect(sharedChecks(sent(qfin).report)).toBe(sharedChecks(qfin));
});

test("a notebook arrives whole unless its cells left a function in scope; then its page runs it again", () => {
  const { report, rerun } = sent(qfin);
  const withFunctions = qfin.notebooks.filter(({ scope }) => Object.values(scope).some((value) => typeof value === "function")).map(({ file }) => file);
  expect(withFunctions.length).toBeGreaterThan(0);
  expect([...rerun].sort()).toEqual(withFunctions.sort());
  const whole = qfin.notebooks.filter(({ file }) => !rerun.has(file));
  expect(whole.length).toBeGreaterThan(0);
  expect(report.notebooks.filter(({ file }) => !rerun.has(file))).toEqual(whole);
});

test("decimals keep their value, sign and the rounding they compute with", () => {
  const scope = { third: new Down(1).div(3), upper: new Up(2).div(3), nominal: new Nearest("1234.5e30"), plain: new Decimal("-0"), infinite: new Up(Infinity) };
  const { report } = sent(reportOf(scope));
  const arrived = report.notebooks[0]!.scope as typeof scope;
  for (const [name, value] of Object.entries(scope)) {
    const copy = arrived[name as keyof typeof scope];
    expect(copy.constructor, name).toBe(value.constructor);
    expect(copy.eq(value) || (copy.isNaN() && value.isNaN()), name).toBe(true);
    expect(copy.isNegative(), name).toBe(value.isNegative());
  }
  expect(arrived.third.plus(new Down(1).div(3)).toString()).toBe(scope.third.plus(new Down(1).div(3)).toString());
});

test("shared and circular references stay so, and maps and sets keep their entries", () => {
  const shared = { value: new Nearest(1) };
  const loop: Record<string, unknown> = { name: "loop" };
  loop.self = loop;
  const { report, rerun } = sent(reportOf({ a: shared, b: [shared], loop, map: new Map([["k", shared]]), set: new Set([1, 2]) }));
  const scope = report.notebooks[0]!.scope as { a: object; b: object[]; loop: { self: unknown }; map: Map<string, object>; set: Set<number> };
  expect(scope.b[0]).toBe(scope.a);
  expect(scope.map.get("k")).toBe(scope.a);
  expect(scope.loop.self).toBe(scope.loop);
  expect([...scope.set]).toEqual([1, 2]);
  expect(rerun.size).toBe(0);
});

test("values that cannot be sent are described, and their page runs again", () => {
  class Point {
    x = 1;
  }
  const { report, rerun } = sent(reportOf({ helper: function percent() {}, point: new Point(), tag: Symbol("tag") }));
  expect(report.notebooks[0]!.scope).toEqual({ helper: { opaque: "function percent" }, point: { opaque: "Point instance" }, tag: { opaque: "Symbol(tag)" } });
  expect([...rerun]).toEqual(["page.mdx"]);
});
