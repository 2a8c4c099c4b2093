import { describe, expect, it } from "vitest";
import { filingMetadata, pageFrontmatter } from "#engine/filings/metadata.ts";

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

describe("an excerpt read from another copy than the original", () => {
  it("names that copy's web address under readFrom", () => {
    const readFrom = "https://example.com/newswire-copy";
    expect(issues({ ...base, excerpt: { ...excerpt, readFrom }, source })).toEqual([]);
    expect(issues({ ...base, excerpt: { ...excerpt, readFrom: "newswire copy" }, source })).toEqual([
      "excerpt.readFrom: must be a web address starting http:// or https://",
    ]);
  });
});

describe("a page's figures not found in the cited filings", () => {
  const page = { title: "A section", order: 1, description: "What it shows." };
  const entry = {
    figure: "Net income for 2023",
    facts: ["net-income.2023"],
    read: [{ document: "the annual report's statement of operations", address: source }],
  };
  const pageIssues = (data: object) =>
    pageFrontmatter.safeParse(data).error?.issues.map(({ path }) => path.join(".")) ?? [];

  it("names the facts that stay unverified and every document read, with its address", () => {
    expect(pageIssues({ ...page, notFoundInCitedFilings: [entry] })).toEqual([]);
    expect(pageIssues({ ...page, notFoundInCitedFilings: ["Net income for 2023, in the annual report"] })).toEqual([
      "notFoundInCitedFilings.0",
    ]);
    expect(pageIssues({ ...page, notFoundInCitedFilings: [{ ...entry, read: [] }] })).toEqual([
      "notFoundInCitedFilings.0.read",
    ]);
    expect(
      pageIssues({ ...page, notFoundInCitedFilings: [{ ...entry, read: [{ document: "a report", address: "no" }] }] }),
    ).toEqual(["notFoundInCitedFilings.0.read.0.address"]);
  });
});
