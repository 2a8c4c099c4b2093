import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import * as Plot from "@observablehq/plot";
import { admitChart, isChart } from "#engine/charts/admit.ts";
import { chart } from "#engine/charts/index.ts";
import { handedOver, kept, resetState, stateSlots } from "#engine/state/state.ts";
import { sharedReport } from "#build/gate/report.ts";
import { projectRoot } from "../support/astro.ts";

/** The names the source declares slots by, each `kept("…"` or `handedOver("…"` of src/. */
async function declaredNames(): Promise<string[]> {
  const files = (await readdir(join(projectRoot, "src"), { recursive: true })).filter((file) => file.endsWith(".ts"));
  const texts = await Promise.all(files.map((file) => readFile(join(projectRoot, "src", file), "utf8")));
  return texts.flatMap((text) =>
    [...text.matchAll(/\b(?:kept|handedOver)(?:<[^(]*>)?\(\s*"([^"]+)"/g)].map((m) => m[1]!),
  );
}

describe("the state kept between calls", () => {
  test("is forgotten by resetState: each slot is its initial value again", () => {
    const counter = kept("a test's counter", () => ({ count: 0 }));
    const shared = handedOver("a test's hand-off", () => [] as string[]);
    counter.get().count++;
    shared.set(["handed"]);
    expect([counter.get().count, shared.get()]).toEqual([1, ["handed"]]);
    resetState();
    expect([counter.get().count, shared.get()]).toEqual([0, []]);
  });

  test("hands over what the build's gate leaves for its pages, and forgets it on reset", () => {
    const data = [{ a: "x", b: 1 }];
    const drawn = admitChart(
      chart({ id: "a", caption: "c", description: "d", data, marks: [Plot.barY(data, { x: "a", y: "b" })] }),
    );
    expect(isChart(drawn)).toBe(true);
    resetState();
    expect(isChart(drawn)).toBe(false);
    expect(sharedReport()).toBeUndefined();
  });

  test("has one slot per name, each declared in the source", async () => {
    const names = await declaredNames();
    expect(new Set(names).size, names.join("\n")).toBe(names.length);
    expect(stateSlots().filter((name) => !name.startsWith("a test's"))).toEqual(
      expect.arrayContaining(["the gate's report, by project", "the charts admitted"]),
    );
  });
});
