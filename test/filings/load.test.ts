import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFilings } from "#engine/filings/load.ts";
import { readContent } from "#engine/verify/read-content.ts";
import { validBase } from "../invalid/cases.ts";

describe("a filing folder that is a symbolic link", () => {
  // A link cannot live in the golden corpus (copying it resolves it), so this builds one in a temporary project.
  const root = mkdtempSync(join(tmpdir(), "recount-link-"));
  cpSync(validBase, join(root, "content"), { recursive: true });
  symlinkSync("demo-2024-03-28-20f", join(root, "content/filings/demo-2024-03-29-20f"));

  it("is refused, naming the link, while the real folder is still read", async () => {
    const { filings, errors } = await loadFilings(join(root, "content"), root);
    expect(filings.map(({ id }) => id)).toEqual(["demo-2024-03-28-20f"]);
    expect(errors.map((error) => error.format())).toEqual([
      'content/filings/demo-2024-03-29-20f:1\nthe filing folder "demo-2024-03-29-20f" is a symbolic link\n\nhint: move or copy the filing\'s folder into content/filings/: only folders there are verified and published',
    ]);
  });

  it("stops the build's gate as it stops check: both read the content the same way", async () => {
    const { errors } = await readContent(root);
    expect(errors).toHaveLength(1);
  });
});
