import { mkdtemp, mkdir, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildFixture, projectRoot } from "../support/astro.ts";

const qfin = join(projectRoot, "content/filings/qfin-2024-09-27-6k");

/** Content with the QFIN filing, its metadata replaced by `metadata`. */
async function contentWithMetadata(metadata: string): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), "recount-content-"));
  const filing = join(content, "filings/qfin-2024-09-27-6k");
  await mkdir(filing, { recursive: true });
  await cp(qfin, filing, { recursive: true });
  await writeFile(join(filing, "filing.yaml"), metadata);
  return content;
}

describe("filing metadata", () => {
  test("a missing field fails the build naming the file and the field", async () => {
    const { code, output } = await buildFixture(
      await contentWithMetadata(
        "issuer: Qifu\ntickers: [QFIN]\nform: 6-K\nfiled: 2024-09-27\nsummary: A summary that is long enough to be a paragraph of text.\n",
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toContain("qfin-2024-09-27-6k/filing.yaml");
    expect(output).toMatch(/title/);
  });

  test("a malformed date fails the build naming the file and the field", async () => {
    const { code, output } = await buildFixture(
      await contentWithMetadata(
        "issuer: Qifu\ntickers: [QFIN]\nform: 6-K\nfiled: 2024-02-30\ntitle: T\nsummary: A summary that is long enough to be a paragraph of text.\n",
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toContain("qfin-2024-09-27-6k/filing.yaml");
    expect(output).toMatch(/filed.*not a real calendar day/s);
  });
});
