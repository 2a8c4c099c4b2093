import { describe, expect, it } from "vitest";
import { filingMetadata } from "#engine/filings/metadata.ts";

const base = {
  issuer: "Qifu Technology, Inc.",
  tickers: ["NASDAQ: QFIN"],
  form: "20-F",
  title: "An annual report (excerpt)",
  summary: "A summary long enough to be a paragraph about the filing.",
};
const excerpt = { of: "the consolidated statements of operations" };
const source = "https://www.sec.gov/Archives/edgar/data/1741530/000110465923050588/R4.htm";
const issues = (data: object) =>
  filingMetadata.safeParse(data).error?.issues.map(({ path, message }) => `${path.join(".")}: ${message}`) ?? [];

describe("filing metadata for an excerpt", () => {
  it("accepts an excerpt with the original's address, with or without the date filed", () => {
    expect(issues({ ...base, excerpt, source })).toEqual([]);
    expect(issues({ ...base, excerpt, source, filed: "2025-03-25" })).toEqual([]);
  });

  it("requires the date filed of a filing that is not an excerpt", () => {
    expect(issues({ ...base, source })).toEqual([
      "filed: filing metadata has no filed: the date the filing was filed, written YYYY-MM-DD",
    ]);
  });

  it("requires an excerpt to say where its original is", () => {
    expect(issues({ ...base, excerpt, filed: "2025-03-25" })).toEqual([
      "source: an excerpt needs source: the address of the original it is taken from",
    ]);
  });
});
