import { describe, expect, test } from "vitest";
import { firstTerm } from "#build/glossary/glossary-plugin.ts";
import { glossaryFile, readDataFile } from "#engine/filings/data-files.ts";

const term = (id: string, names: string[]) => ({ id, term: id, names, definition: `${id} defined` });
const terms = [term("vie", ["VIEs", "VIE"]), term("provision", ["provision"]), term("ratio", ["provision ratio"])];

describe("where a page first names a glossary term", () => {
  test("the earliest name, the longest where two start together, as whole words", () => {
    expect(firstTerm("The VIE structure and its VIEs", terms)).toMatchObject({ at: 4, name: "VIE" });
    expect(firstTerm("a provision ratio and a provision", terms)).toMatchObject({
      at: 2,
      name: "provision ratio",
      term: { id: "ratio" },
    });
    expect(firstTerm("VIEWS and provisional figures", terms)).toBeUndefined();
  });

  test("never inside a quotation, which holds the filing's words, whether it opens in the text or before it", () => {
    expect(firstTerm("The release's “VIE contractual arrangements” and a VIE", terms)).toMatchObject({ at: 51 });
    expect(firstTerm("VIE arrangements” says the release", terms)).toBeUndefined();
    expect(firstTerm('it says "a provision" here', terms)).toBeUndefined();
  });

  test("names written across a line break still name the term, as written", () => {
    expect(firstTerm("its provision\nratio", terms)).toMatchObject({ name: "provision\nratio" });
  });

  test("the project's glossary is valid, and no two terms share a name or an id", () => {
    const { data, errors } = readDataFile(glossaryFile);
    expect(errors).toEqual([]);
    const names = data.terms.flatMap((entry) => entry.names);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(data.terms.map((entry) => entry.id)).size).toBe(data.terms.length);
  });
});
