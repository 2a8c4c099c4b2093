import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { projectRoot } from "../support/astro.ts";

const filing = "content/filings/demo-2024-03-28-20f";
const employees =
  "  - id: employees.2023-12-31\n    label: Employees\n    period: 2023-12-31\n    quote: The Company had 1,200 employees\n    unit: count\n";
let root: string;

/** `npm run <args>` in the throwaway project, as an editor types it: stdout and stderr apart. */
async function npm(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // The tests themselves may run under npm, whose settings reach its children through the environment.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  try {
    const { stdout, stderr } = await promisify(execFile)("npm", ["run", ...args], {
      cwd: root,
      env: { ...env, NO_COLOR: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** The valid base content with three problems of three kinds: metadata, a candidate left, and a page's cell. */
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "recount-check-report-"));
  await cp(join(projectRoot, "test/fixtures/valid-base"), join(root, "content"), { recursive: true });
  for (const entry of ["node_modules", "tsconfig.json", "src"])
    await symlink(join(projectRoot, entry), join(root, entry));
  await writeFile(
    join(root, "package.json"),
    JSON.stringify({
      name: "practice",
      version: "1.0.0",
      type: "module",
      scripts: { check: "node src/tools/cli/check.ts", facts: "node src/tools/cli/facts.ts" },
    }),
  );
  const edit = async (file: string, change: (text: string) => string) =>
    writeFile(join(root, file), change(await readFile(join(root, file), "utf8")));
  await edit(`${filing}/filing.yaml`, (text) => text.replace("issuer: Demo Lending, Inc.", 'issuer: ""'));
  await edit(`${filing}/facts.yaml`, (text) => `${text.replace(employees, "")}\ncandidates:\n${employees}`);
  await edit(
    `${filing}/pages/00-revenues.mdx`,
    (text) => `${text}\n\`\`\`ts cell\nfact("revenue.nope.2023")\n\`\`\`\n`,
  );
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("npm run check", () => {
  test("reports every problem of every kind in one run, first, and what passed in one line after them", async () => {
    const { code, stdout } = await npm("check");
    expect(code).not.toBe(0);
    const report = stdout.slice(stdout.search(/^\d+ problems? found/m));
    expect(report).toMatch(/^3 problems found in the content:/);
    expect(report).toContain("issuer: is empty");
    expect(report).toContain("1 candidate is not reviewed yet");
    expect(report).toContain('unknown fact "revenue.nope.2023"');
    expect(report.trimEnd().split("\n").at(-1)).toMatch(
      /^Passed: 3 checks \(.*\) over \d+ facts of 1 filing; `npm run check -- --verbose` lists each$/,
    );
    expect(report).not.toMatch(/✓ exact/);
    expect((await npm("check", "--", "--verbose")).stdout).toMatch(/^ {2}✓ exact +revenue\.parts-make-total\.2023 — /m);
  });

  test("--json prints valid JSON on stdout, and nothing else, with every problem", async () => {
    const { code, stdout } = await npm("-s", "check", "--", "--json");
    expect(code).not.toBe(0);
    const report = JSON.parse(stdout) as { errors: { message: string }[]; checks: unknown[] };
    expect(report.errors.map(({ message }) => message.split("\n")[0])).toEqual([
      "issuer: is empty",
      "1 candidate is not reviewed yet:",
      'unknown fact "revenue.nope.2023" in filing demo-2024-03-28-20f',
    ]);
    expect(report.checks).toHaveLength(3);
    // Unsilenced, npm prints its banner on stdout before the script starts (and, with its own --json, its
    // error after it): what the script writes is the same JSON and nothing else.
    const loud = await npm("check", "--", "--json");
    expect(loud.stdout.slice(0, loud.stdout.indexOf("{"))).toMatch(
      /^\s*> practice@1\.0\.0 check\n> node src\/tools\/cli\/check\.ts --json\s*$/,
    );
    expect(JSON.parse(loud.stdout.slice(loud.stdout.indexOf("{")))).toEqual(report);
  });
});

test("npm run facts lists a filing's fact ids, periods, printed values and labels, even with problems left", async () => {
  const { code, stdout, stderr } = await npm("-s", "facts", "--", "demo-2024-03-28-20f");
  expect(code).toBe(0);
  const lines = stdout.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^demo-2024-03-28-20f: \d+ facts$/);
  expect(lines[1]).toMatch(/^id +period +printed +label$/);
  expect(lines).toContainEqual(expect.stringMatching(/^revenue\.total\.2023 +FY2023 +[\d,]+ +Total revenues$/));
  expect(stdout).not.toContain("employees");
  expect(stderr).toContain("1 problem in its facts");
  const unknown = await npm("-s", "facts", "--", "nope");
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain("the filings: demo-2024-03-28-20f");
});
