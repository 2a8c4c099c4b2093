import { expect, test } from "vitest";
import { nodesOf, srcModules } from "../support/src-modules.ts";

// Vite's mode flags (import.meta.env.DEV, PROD, MODE) follow NODE_ENV, not the command: `astro build` run with
// NODE_ENV=test or development has DEV true. A page that asked DEV verified the whole site again for each page
// (a seed build 9 → 60 s under Vitest) and printed the facts on disk rather than the ones the gate verified.
// The integration says which command renders the pages (import.meta.env.RECOUNT_BUILD, integration.ts).
const modeFlags = new Set(["DEV", "PROD", "MODE"]);

/** The places a program reads import.meta.env.DEV, PROD or MODE, as "line:column NAME". */
function modeReads(program: unknown): string[] {
  const reads: string[] = [];
  for (const node of nodesOf(program)) {
    const { type, object, property, loc } = node as {
      type?: string;
      object?: { type?: string; object?: { type?: string }; property?: { name?: string } };
      property?: { name?: string };
      loc?: { start: { line: number; column: number } };
    };
    if (
      type === "MemberExpression" &&
      object?.type === "MemberExpression" &&
      object.object?.type === "MetaProperty" &&
      object.property?.name === "env" &&
      modeFlags.has(property?.name ?? "")
    )
      reads.push(`${loc?.start.line}:${loc?.start.column} ${property!.name}`);
  }
  return reads;
}

test("the reader of mode flags finds one", async () => {
  const { parse } = await import("@babel/parser");
  const program = parse("const a = 1;\nif (import.meta.env.DEV) a;", { sourceType: "module" }).program;
  expect(modeReads(program)).toEqual(["2:4 DEV"]);
});

test("no module of src/ tells a build from dev by Vite's mode flags", async () => {
  const reads = (await srcModules()).flatMap(({ file, program }) =>
    modeReads(program).map((at) => `src/${file}:${at}`),
  );
  expect(reads, "use import.meta.env.RECOUNT_BUILD (src/build/integration.ts)").toEqual([]);
});
