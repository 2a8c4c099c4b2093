// Times the check engine alone on synthetic checks: the floor under `npm run check`, which also reads the
// facts and runs the notebooks. The facts are made first, as the facts layer would; the clock runs over the
// arithmetic and the checks. `npm run bench -- --only checks`, or alone: `npm exec -- node bench/checks.ts`.
import Decimal from "decimal.js";
import { performance } from "node:perf_hooks";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import type { Fact } from "#engine/facts/fact.ts";

let line = 0;

/**
 * A fact as the facts layer makes it: RMB millions to the unit, or a percent to one decimal, each printed on
 * a line of its own (two facts of one line would make a consistency reading, not a check).
 */
function printed(value: number, id: string, unit: "RMB" | "percent" = "RMB"): Fact {
  const [scale, factor, decimals] = unit === "RMB" ? (["million", 1e6, 0] as const) : (["one", 1, 1] as const);
  const nominal = new Decimal(value).times(factor);
  const half = new Decimal(10).pow(-decimals).times(factor).div(2);
  const text = unit === "RMB" ? String(value) : `${value}%`;
  const span = { start: 0, end: text.length, line: ++line };
  return {
    id,
    filing: "bench",
    label: id,
    period: { kind: "instant", date: "2024-06-30", label: "June 30, 2024" },
    printed: text,
    qualifier: undefined,
    direction: undefined,
    anchor: { kind: "quote", quote: text },
    quote: text,
    span,
    quoteSpan: span,
    file: "bench/facts.yaml",
    line: span.line,
    value: nominal,
    lo: nominal.minus(half),
    hi: nominal.plus(half),
    unit,
    scale,
    decimals,
    formula: String(value),
    facts: [`bench/${id}`],
  };
}

/** Four checks a period, on the provisions table's shape: a sum, a difference, a share and a growth rate. */
function periods(count: number) {
  return Array.from({ length: count / 4 }, (_, i) => {
    const parts = [1002 + i, 151, 45, 1438];
    const net = parts.reduce((a, b) => a + b, 0);
    return {
      i,
      parts: parts.map((value, j) => printed(value, `part.${i}.${j}`)),
      net: printed(net, `net.${i}`),
      new: printed(net + 937, `new.${i}`),
      revision: printed(937, `revision.${i}`),
      share: printed(Math.round((1000 * (1002 + i)) / net) / 10, `share.${i}`, "percent"),
      from: printed(10_500 + i, `from.${i}`),
      to: printed(8_400 + i, `to.${i}`),
      growth: printed(Math.round((1000 * (8_400 + i)) / (10_500 + i)) / 10 - 100, `growth.${i}`, "percent"),
    };
  });
}

export interface EngineTime {
  readonly checks: number;
  readonly failures: number;
  readonly seconds: number;
  /** CPU time too: on a busy machine it is the steadier measure of the engine's own cost. */
  readonly cpuSeconds: number;
}

/** Makes `count` checks (a multiple of four) and times them. */
export function engineTime({ count = 10_000 }: { count?: number } = {}): EngineTime {
  const ledger = new Ledger();
  const { sumsTo, check, share, growth, sub } = createChecks({ ledger, filing: "bench" });
  const inputs = periods(count);
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const {
    i,
    parts,
    net,
    new: gross,
    revision,
    share: disclosedShare,
    from,
    to,
    growth: disclosedGrowth,
  } of inputs) {
    sumsTo(`components.${i}`, parts, net, { label: "components add up to the net" });
    check(`net.${i}`, sub(gross, revision), net, { label: "net is new less revision" });
    check(`share.${i}`, share(parts[0]!, parts), disclosedShare, { label: "loans' share of provisions" });
    check(`growth.${i}`, growth(from, to), disclosedGrowth, { label: "growth rate" });
  }
  const seconds = (performance.now() - start) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return {
    checks: ledger.results().length,
    failures: ledger.failures().length,
    seconds,
    cpuSeconds: (user + system) / 1e6,
  };
}

if (import.meta.main) {
  const { checks, failures, seconds, cpuSeconds } = engineTime();
  process.stdout.write(
    `${checks} checks in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU, ${((seconds * 1e6) / checks).toFixed(0)} µs a check), ${failures} failed\n`,
  );
  if (failures) process.exitCode = 1;
}
