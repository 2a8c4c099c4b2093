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
    // The hint's words are the golden case candidates-unreviewed's and the guide's (`text candidates-left`).
    expect(errors.map((error) => error.format().split("\n\nhint: ")[0])).toEqual([
      "acme-6k/facts.yaml:9\n2 candidates are not reviewed yet:\n  acme-6k/facts.yaml:9  fact employees\n  acme-6k/facts.yaml:14  ignore /\\b20\\d\\d\\b/",
    ]);
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
