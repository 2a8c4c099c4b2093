import { describe, expect, it } from "vitest";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import { readSource } from "#engine/facts/source.ts";
import { statedPassageErrors } from "#engine/verify/stated-passages.ts";
import { fact } from "../checks/quantities.ts";

const source = readSource(
  "Cash decreased from RMB10.5 billion as of December 31, 2022 to RMB 8.4 billion as of June 30, 2024.\n",
  "test/source.txt",
);

function directions(...passages: (string | undefined)[]) {
  const ledger = new Ledger();
  const checks = createChecks({ ledger, filing: "test", locate: () => ({ file: "test/pages/cash.mdx", line: 7 }) });
  passages.forEach((stated, i) =>
    checks.direction(`fell.${i}`, fact("10.5", { line: 1 }), fact("8.4", { id: "after", line: 2 }), "decrease", {
      label: "Cash fell",
      ...(stated === undefined ? {} : { stated }),
    }),
  );
  return statedPassageErrors(ledger.results(), () => source);
}

describe("a direction labelled stated", () => {
  it("passes when its passage is in the source, words left out marked …", () => {
    expect(directions("Cash decreased from … as of December 31, 2022 to … as of June 30, 2024", undefined)).toEqual([]);
  });

  it("fails at its cell when the source does not print the passage, naming the closest", () => {
    const [error, ...rest] = directions("Cash fell sharply");
    expect(rest).toEqual([]);
    expect(error?.message).toBe(
      'check "fell.0" says its filing states the direction, but test/source.txt does not print the passage it names: "Cash fell sharply"',
    );
    expect(error?.location).toEqual({ file: "test/pages/cash.mdx", line: 7 });
    expect(error?.hint).toMatch(/^the closest passage, at line 1, reads "Cash/);
  });
});
