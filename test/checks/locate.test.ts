import { describe, expect, it } from "vitest";
import { createChecks, defaultLocate, Ledger, stackFrames } from "#engine/checks/index.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { fact } from "./quantities.ts";

describe("defaultLocate", () => {
  it("records the caller's file, relative to the project, and line", () => {
    const checks = createChecks({ ledger: new Ledger(), filing: "test" });
    const result = checks.check("here", fact("1"), fact("1"), { label: "here" });
    expect([result.file, result.line]).toEqual(["test/checks/locate.test.ts", 9]);
  });

  it("places an error in an operation at its caller, not inside the engine", () => {
    const checks = createChecks({ ledger: new Ledger(), filing: "test" });
    const error = (() => {
      try {
        checks.add(fact("1"), fact("1", { unit: "USD" }));
      } catch (error) {
        return error;
      }
    })();
    expect(error).toBeInstanceOf(RecountError);
    expect((error as RecountError).location).toEqual({ file: "test/checks/locate.test.ts", line: 17 });
  });

  it("called directly, names its caller", () => {
    expect(defaultLocate()).toEqual({ file: "test/checks/locate.test.ts", line: 27 });
  });
});

describe("stackFrames", () => {
  it("reads V8's frame forms: named, anonymous, async, file URLs", () => {
    const stack = [
      "Error",
      "    at settle (/work/main/src/engine/checks/create-checks.ts:12:3)",
      "    at file:///work/main/content/cell.ts:4:9",
      "    at async Promise.all (index 0)",
      "    at async run (file:///work/main/src/notebook/run.ts:30:7)",
      "    at new Thing (node:internal/modules/run_main:101:5)",
    ].join("\n");
    expect(stackFrames(stack)).toEqual([
      { file: "/work/main/src/engine/checks/create-checks.ts", line: 12, column: 3 },
      { file: "/work/main/content/cell.ts", line: 4, column: 9 },
      { file: "/work/main/src/notebook/run.ts", line: 30, column: 7 },
      { file: "node:internal/modules/run_main", line: 101, column: 5 },
    ]);
  });
});
