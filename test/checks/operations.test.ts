import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { formatInterval } from "#engine/quantity/format.ts";
import {
  add,
  asPercent,
  compare,
  convert,
  div,
  exact,
  growth,
  mul,
  neg,
  ppChange,
  ratio,
  share,
  sub,
  sum,
} from "#engine/checks/index.ts";
import { fact } from "./quantities.ts";

const percent = (printed: string) => fact(printed, { unit: "percent" });
const billion = (printed: string) => fact(printed, { scale: "billion" });
const rate = fact("7.2672", { unit: "ratio", id: "fx.rmb-per-usd" });
const usd = (printed: string) => fact(printed, { unit: "USD" });

// Each operation against a disclosed figure its interval meets, and one just beyond it, as the XBRL
// conformance suite pairs its cases.
const cases: {
  name: string;
  computed: () => Quantity;
  interval: string;
  consistent: Quantity;
  inconsistent: Quantity;
}[] = [
  {
    name: "sum",
    computed: () => sum([fact("1,002"), fact("151"), fact("45"), fact("1,438")]),
    interval: "RMB 2,634–2,638 million",
    consistent: fact("2,638"),
    inconsistent: fact("2,639"),
  },
  {
    name: "add",
    computed: () => add(fact("3,573"), fact("(936)")),
    interval: "RMB 2,636–2,638 million",
    consistent: fact("2,636"),
    inconsistent: fact("2,635"),
  },
  {
    name: "difference",
    computed: () => sub(fact("3,573"), fact("936")),
    interval: "RMB 2,636–2,638 million",
    consistent: fact("2,636"),
    inconsistent: fact("2,639"),
  },
  {
    name: "negation",
    computed: () => neg(fact("936")),
    interval: "RMB (936.5)–(935.5) million",
    consistent: fact("(936)"),
    inconsistent: fact("(938)"),
  },
  {
    name: "product",
    computed: () => mul(fact("2,636"), percent("34.2")),
    interval: "RMB 900.0–903.1 million",
    consistent: fact("902"),
    inconsistent: fact("904"),
  },
  {
    name: "quotient",
    computed: () => div(billion("17.0"), percent("34.2")),
    interval: "RMB 49.48–49.93 billion",
    consistent: billion("49.9"),
    inconsistent: billion("50.1"),
  },
  {
    name: "ratio",
    computed: () => ratio(billion("32.1"), billion("19.5")),
    interval: "1.639–1.653",
    consistent: fact("1.65", { unit: "ratio" }),
    inconsistent: fact("1.66", { unit: "ratio" }),
  },
  {
    name: "share of total",
    computed: () => share(fact("1,002"), fact("2,636")),
    interval: "37.985–38.039%",
    consistent: percent("38.0"),
    inconsistent: percent("38.1"),
  },
  {
    name: "growth",
    computed: () => growth(billion("10.5"), billion("8.4")),
    interval: "−20.9 to −19.1%",
    consistent: percent("-20"),
    inconsistent: percent("-22"),
  },
  {
    name: "change in percentage points",
    computed: () => ppChange(percent("2.8"), percent("3.4")),
    interval: "0.5–0.7 pp",
    consistent: percent("0.6"),
    inconsistent: percent("0.8"),
  },
  {
    name: "as percent",
    computed: () => asPercent(fact("0.342", { unit: "ratio" })),
    interval: "34.15–34.25%",
    consistent: percent("34.2"),
    inconsistent: percent("34.4"),
  },
  {
    name: "conversion to RMB",
    computed: () => convert(usd("300"), rate, "RMB per USD"),
    interval: "RMB 2,176.5–2,183.9 million",
    consistent: fact("2,180"),
    inconsistent: fact("2,185"),
  },
  {
    name: "conversion to US$",
    computed: () => convert(fact("2,180"), rate, "RMB per USD"),
    interval: "US$299.90–300.05 million",
    consistent: usd("300"),
    inconsistent: usd("301"),
  },
];

describe.each(cases)("$name", ({ computed, interval, consistent, inconsistent }) => {
  it("computes a sound interval around its nominal value", () => {
    const quantity = computed();
    expect(formatInterval(quantity)).toBe(interval);
    expect(quantity.lo.lte(quantity.value) && quantity.value.lte(quantity.hi)).toBe(true);
  });

  it("is consistent with a disclosed figure its interval meets", () => {
    expect(compare(computed(), consistent).status).not.toBe("inconsistent");
  });

  it("is inconsistent with one beyond it", () => {
    expect(compare(computed(), inconsistent).status).toBe("inconsistent");
  });
});

describe("share of parts", () => {
  const parts = [fact("1,002"), fact("151"), fact("45"), fact("1,438")];
  const [part] = parts;

  it("counts the part once, so it is tighter than dividing by the parts' sum", () => {
    const tight = share(part, parts);
    const loose = asPercent(div(part, sum(parts)));
    expect(formatInterval(tight)).toBe("37.978–38.046%");
    expect(formatInterval(loose)).toBe("37.964–38.060%");
    expect(tight.lo.gt(loose.lo) && tight.hi.lt(loose.hi)).toBe(true);
  });

  it("pairs a consistent and an inconsistent disclosed share", () => {
    expect(compare(share(part, parts), fact("38.0", { unit: "percent" })).status).toBe("exact");
    expect(compare(share(part, parts), fact("37.9", { unit: "percent" })).status).toBe("inconsistent");
  });
});

describe("formulas", () => {
  it("read as the filing prints its numbers, parenthesized only where needed", () => {
    const net = sub(fact("3,573"), add(fact("500"), fact("436")));
    expect(net.formula).toBe("3,573 − (500 + 436)");
    expect(sum([net, fact("1")]).formula).toBe("3,573 − (500 + 436) + 1");
    expect(div(mul(net, fact("50", { unit: "percent" })), fact("2", { unit: "ratio" })).formula).toBe(
      "(3,573 − (500 + 436)) × 50 ÷ 2",
    );
    expect(growth(billion("10.5"), billion("8.4")).formula).toBe("(8.4 − 10.5) ÷ 10.5");
  });

  it("list each fact used once, qualified by filing", () => {
    const a = fact("3,573", { id: "provisions.new.h1-2023" });
    expect(add(a, sub(a, fact("936", { id: "provisions.revision.h1-2023" }))).facts).toEqual([
      "test/provisions.new.h1-2023",
      "test/provisions.revision.h1-2023",
    ]);
  });
});

describe("quotients", () => {
  it("round their ends outward, so even a point's quotient keeps the true value", () => {
    const third = div(exact(1, "ratio"), exact(3, "ratio"));
    const Precise = Decimal.clone({ precision: 100 });
    expect(Precise.mul(third.lo, 3).lt(1) && Precise.mul(third.hi, 3).gt(1)).toBe(true);
    expect(third.hi.minus(third.lo).lt("1e-50")).toBe(true);
  });
});

describe("changes in percentage points", () => {
  it('print "pp", as do their sums and differences, while a difference of two shares stays a percent', () => {
    const fall = ppChange(percent("12.30"), percent("7.993"));
    expect(formatInterval(fall)).toBe("−4.3125 to −4.3015 pp");
    expect(formatInterval(add(fall, ppChange(percent("1.0"), percent("1.5"))))).toMatch(/ pp$/);
    expect(formatInterval(sub(fall, fall))).toMatch(/ pp$/);
    expect(formatInterval(sub(percent("100"), percent("34.2")))).toBe("65.25–66.35%");
  });
});
