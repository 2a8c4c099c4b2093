import { describe, expect, test } from "vitest";
import { loadFiling } from "../facts/fixture.ts";

const source = "Revenue was RMB 12.5 billion in 2023. It had 1,234 employees.\n";

const revenue = `  - id: revenue.2023
    label: Revenue
    period: FY2023
    quote: Revenue was RMB 12.5 billion
`;
const employees = `  - id: employees
    label: Employees
    period: 2023-12-31
    quote: It had 1,234 employees.
    unit: count
`;
const years = `  - pattern: \\b20\\d\\d\\b
    reason: years name periods
`;

describe("candidates in a facts file", () => {
  test("keep it from loading, in one error that lists each at its line, while the confirmed facts load", () => {
    const { errors, facts } = loadFiling(
      source,
      `facts:\n${revenue}ignore:\ncandidates:\n  # line 1: "1,234" reads as no unit\n${employees}${years}`,
    );
    expect(errors.map((error) => error.format())).toMatchInlineSnapshot(`
      [
        "acme-6k/facts.yaml:9
      2 candidates are not reviewed yet:
        acme-6k/facts.yaml:9  fact employees
        acme-6k/facts.yaml:14  ignore /\\b20\\d\\d\\b/

      hint: move each one under facts: to confirm it (check its id, label and period), or under ignore: with a reason",
      ]
    `);
    expect([...facts.keys()]).toEqual(["revenue.2023"]);
  });

  test("once all are moved, the file loads; lists left empty read as empty", () => {
    const { errors, facts, coverage } = loadFiling(
      source,
      `facts:\n${revenue}${employees}ignore:\n${years}candidates:\n`,
    );
    expect(errors).toEqual([]);
    expect([...facts.keys()]).toEqual(["revenue.2023", "employees"]);
    expect([coverage!.found, coverage!.registered, coverage!.ignored.length]).toEqual([3, 2, 1]);
    expect(loadFiling("No numbers here.\n", "facts:\nignore:\ncandidates:\n").errors).toEqual([]);
  });

  test("a number whose candidate was deleted is reported once no candidate is left, not before", () => {
    expect(loadFiling(source, `facts:\n${revenue}candidates:\n${years}`).errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^1 candidate is not reviewed yet:/),
    ]);
    expect(loadFiling(source, `facts:\n${revenue}ignore:\n${years}`).errors.map((error) => error.message)).toEqual([
      'number "1,234" is neither a fact nor ignored: "…12.5 billion in 2023. It had 1,234 employees."',
    ]);
  });
});
