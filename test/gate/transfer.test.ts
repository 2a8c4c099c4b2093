import Decimal from "decimal.js";
import { beforeAll, expect, test } from "vitest";
import { admitChart } from "#engine/charts/admit.ts";
import { Ledger } from "#engine/checks/index.ts";
import { Down, Nearest, Up } from "#engine/quantity/precise.ts";
import { reportJson } from "#engine/verify/report-json.ts";
import { outputKind } from "#engine/notebook/output-kind.ts";
import { reportText } from "#engine/verify/report-text.ts";
import { packReport, unpackReport } from "#engine/verify/transfer.ts";
import { verify, type Report } from "#engine/verify/verify.ts";
import { projectRoot } from "../support/astro.ts";

/** What the build's main thread gets from the gate's worker: the packed report, structurally cloned. */
const sent = (report: Report) => unpackReport(structuredClone(packReport(report)));

/** A report of one notebook whose scope is `scope`, with no filings, facts or checks. */
const reportOf = (scope: Record<string, unknown>): Report => ({
  filings: [],
  facts: [],
  notebooks: [{ file: "page.mdx", filing: "demo", slug: "page", cells: [], scope, textDigest: "" }],
  ledger: new Ledger(),
  errors: [],
  reused: [],
});

let qfin: Report;
beforeAll(async () => {
  qfin = await verify(projectRoot);
  if (qfin.errors.length)
    throw new Error(`QFIN does not verify:\n${qfin.errors.map((error) => error.message).join("\n")}`);
});

test("the QFIN report arrives as the gate made it: the same text, JSON, facts and checks", () => {
  const report = sent(qfin);
  expect(reportText(report)).toBe(reportText(qfin));
  expect(reportJson(report)).toEqual(reportJson(qfin));
  expect(report.facts).toEqual(qfin.facts);
  expect(report.ledger.results()).toEqual(qfin.ledger.results());
});

test("a check is one object, in the ledger and in the cell that made it", () => {
  const sharedChecks = ({ ledger, notebooks }: Report) => {
    const outputs = new Set(
      notebooks.flatMap(({ cells }) => cells.flatMap(({ output }) => (Array.isArray(output) ? output : [output]))),
    );
    return ledger.results().filter((result) => outputs.has(result)).length;
  };
  expect(sharedChecks(qfin)).toBeGreaterThan(0);
  expect(sharedChecks(sent(qfin))).toBe(sharedChecks(qfin));
});

test("every check a cell shows arrives as a check, derived or not, since outputs are checks by the ledger's record", () => {
  const kinds = (report: Report) =>
    report.notebooks.flatMap(({ cells }) =>
      cells.flatMap(({ output }) => (Array.isArray(output) ? output : [output])).map((value) => outputKind(value).kind),
    );
  expect(kinds(qfin).filter((kind) => kind === "check").length).toBeGreaterThan(0);
  expect(kinds(sent(qfin))).toEqual(kinds(qfin));
  expect(
    sent(qfin)
      .ledger.results()
      .map((result) => outputKind(result).kind),
  ).toEqual(qfin.ledger.results().map(() => "check"));
});

test("every notebook arrives whole: a function of a cell is a description already, in the host", () => {
  const withFunctions = qfin.notebooks.filter(({ scope }) =>
    Object.values(scope).some((value) => (value as { opaque?: string })?.opaque?.startsWith("function")),
  );
  expect(withFunctions.length).toBeGreaterThan(0);
  expect(sent(qfin).notebooks).toEqual(qfin.notebooks);
});

test("a chart the host admitted arrives as a chart; an object shaped like one, or tagged like one by a cell, does not", () => {
  const chart = admitChart({
    kind: "chart",
    id: "a",
    caption: "c",
    description: "d",
    variants: [{ width: 280, svg: "<svg></svg>" }],
    legend: "",
    table: { columns: [], rows: [] },
    csv: "",
    csvName: "x",
  });
  const { notebooks } = sent(reportOf({ chart, shaped: { ...chart } }));
  const scope = notebooks[0]!.scope as { chart: unknown; shaped: unknown };
  expect(outputKind(scope.chart)).toMatchObject({ kind: "chart", value: { ...chart } });
  // Known again without being parsed again, and as unchangeable as when it was admitted.
  const arrived = scope.chart as typeof chart;
  expect([arrived, ...arrived.variants].every((part) => Object.isFrozen(part))).toBe(true);
  expect(outputKind(scope.shaped).kind).toBe("text");
});

test("decimals keep their value, sign and the rounding they compute with", () => {
  const scope = {
    third: new Down(1).div(3),
    upper: new Up(2).div(3),
    nominal: new Nearest("1234.5e30"),
    plain: new Decimal("-0"),
    infinite: new Up(Infinity),
  };
  const report = sent(reportOf(scope));
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
  const report = sent(reportOf({ a: shared, b: [shared], loop, map: new Map([["k", shared]]), set: new Set([1, 2]) }));
  const scope = report.notebooks[0]!.scope as {
    a: object;
    b: object[];
    loop: { self: unknown };
    map: Map<string, object>;
    set: Set<number>;
  };
  expect(scope.b[0]).toBe(scope.a);
  expect(scope.map.get("k")).toBe(scope.a);
  expect(scope.loop.self).toBe(scope.loop);
  expect([...scope.set]).toEqual([1, 2]);
});

test("a value that is neither the engine's data nor host data is a bug, not sent as something else", () => {
  class Point {
    x = 1;
  }
  for (const value of [function percent() {}, new Point(), Symbol("tag")])
    expect(() => packReport(reportOf({ value }))).toThrow(/cannot be sent to another thread/);
});
