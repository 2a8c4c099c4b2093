import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { readSimpleYaml } from "#engine/yaml/simple-yaml.ts";
import { readAnyYaml } from "#engine/yaml/yaml.ts";
import { facts } from "../facts/fixture.ts";

/** Every path of `data`, and beside each a few that lead nowhere, as messages may ask for those too. */
function paths(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  const astray = ["nope", 99, "0", " 1", -1, 1.5, ""].map((key) => [...path, key]);
  const children =
    data && typeof data === "object"
      ? Object.entries(data).flatMap(([key, value]) => paths(value, [...path, Array.isArray(data) ? Number(key) : key]))
      : [];
  return [path, ...astray, ...children];
}

/** Whether the simple reader reads `text`; where it does, it must read what the yaml library reads, line for line. */
function readsAlike(text: string): boolean {
  const simple = readSimpleYaml(text);
  if (!simple) return false;
  const library = readAnyYaml(text);
  expect(library.syntaxError).toBeUndefined();
  expect(simple.data).toStrictEqual(library.data);
  expect(JSON.stringify(simple.data), "key order").toBe(JSON.stringify(library.data));
  for (const path of paths(library.data))
    expect(simple.lineOf(path), path.map(String).join(".")).toBe(library.lineOf(path));
  return true;
}

const filings = readdirSync("content/filings").map((filing) => [
  `content/filings/${filing}/facts.yaml`,
  readFileSync(`content/filings/${filing}/facts.yaml`, "utf8"),
]);

describe("readSimpleYaml", () => {
  it("reads the facts files as the yaml library does", () => {
    for (const [file, text] of [...filings, ["test/facts/fixture.ts", facts]])
      expect(readsAlike(text!), `${file}: the simple reader leaves it to the library`).toBe(true);
  });

  it("reads every escape of a double-quoted scalar as the yaml library does", () => {
    const escapes = [
      "\\\\b",
      "\\0",
      "\\a",
      "\\b",
      "\\e",
      "\\f",
      "\\n",
      "\\r",
      "\\t",
      "\\v",
      "\\N",
      "\\_",
      "\\L",
      "\\P",
      "\\ ",
      '\\"',
      "\\/",
      "\\\\",
      "\\x41",
      "\\u00e9",
      "\\U0001F600",
      "\\x4142",
    ];
    for (const escape of escapes) {
      const text = `a: "x${escape}y"\nb: { c: "${escape}" }\n`;
      expect(readsAlike(text), text).toBe(true);
    }
    expect(readSimpleYaml('pattern: "\\\\b(?:NASDAQ) ?: ?[A-Z]+"\n')!.data).toEqual({
      pattern: "\\b(?:NASDAQ) ?: ?[A-Z]+",
    });
  });

  it("reads any string the yaml library writes as that library reads it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const text = `a: ${stringify(value, { lineWidth: 0 }).trimEnd()}\n`;
        const simple = readSimpleYaml(text);
        if (simple) expect(simple.data).toStrictEqual(readAnyYaml(text).data);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads plain scalars with YAML's core schema, dates staying text", () => {
    const text = [
      "# a comment",
      "facts:",
      "- id: a # the first",
      "  cell: { table: t, row: 7, column: 'First ''Half''' }",
      "  exact: true",
      "  values:",
      "    - 2023",
      '    - "2023"',
      "    - 0.50",
      "    - ~",
      "    - 2024-06-30",
      "  empty:",
      "ignore:",
      "",
    ].join("\n");
    expect(readsAlike(text)).toBe(true);
    expect(readSimpleYaml(text)!.data).toEqual({
      facts: [
        {
          id: "a",
          cell: { table: "t", row: 7, column: "First 'Half'" },
          exact: true,
          values: [2023, "2023", 0.5, null, "2024-06-30"],
          empty: null,
        },
      ],
      ignore: null,
    });
  });

  it.each([
    ["an anchor", "a: &x 1\nb: *x\n"],
    ["a tab", "a:\n\t- 1\n"],
    ["a plain scalar over two lines", "a: one\n  two\n"],
    ["a block scalar", "a: |\n  text\n"],
    ["a repeated key", "a: 1\na: 2\n"],
    ["a nested mapping on one line", "a: b: c\n"],
    ["an unclosed quote", "a: 'text\n"],
    ["an escape YAML does not know", 'a: "US\\$300"\n'],
    ["a short hexadecimal escape", 'a: "\\x4"\n'],
    ["an escaped line break", 'a: "one\\\n  two"\n'],
    ["a flow sequence", "a: [1, 2]\n"],
    ["a document marker", "---\na: 1\n"],
    ["no content", "# only a comment\n"],
    ["a key YAML reads as a boolean", "true: 1\n"],
  ])("leaves %s to the yaml library", (_, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it("reads an edited facts file as the yaml library does, or leaves it to the library", () => {
    const snippet = fc.constantFrom(
      " ",
      "  ",
      ":",
      ": ",
      "#",
      " #",
      "-",
      "- ",
      "'",
      '"',
      "{",
      "}",
      ",",
      "[",
      "\n",
      "\t",
      "a",
      "1",
      ".",
      "~",
      "&",
      "*",
      "!",
      "|",
      ">",
      "?",
      "%",
      "\\",
      "true",
    );
    const value = fc.constantFrom(
      "",
      "# c",
      "~",
      "null",
      "FALSE",
      "0x1F",
      "1e3",
      ".inf",
      "-5",
      "0123",
      "-",
      "-x",
      ":x",
      "a:b",
      "a: b",
      "x #y",
      "x#y",
      "'q' # c",
      "'q'x",
      "'a''b'",
      '"q"x',
      '"a\\"b"',
      '"\\\\b\\x41\\u00e9"',
      '"\\q"',
      "{ a: b }",
      "{a: b}",
      "{ a: b, }",
      "{ a: 'b'; c: d }",
      "{ a: 'b', c: \"d\" } # e",
      "{ a: it's }",
      "{ a: b }#c",
      "{}",
      "[1]",
      "&a x",
      "*a",
      "!!str 5",
      "| x",
      "%x",
      "`x",
    );
    const edit = fc.oneof(
      fc
        .record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: snippet })
        .map(({ at, remove, insert }) => (text: string) => {
          const start = at % (text.length + 1);
          return text.slice(0, start) + insert + text.slice(start + remove);
        }),
      fc.record({ line: fc.nat(), value }).map(({ line, value }) => (text: string) => {
        const lines = text.split("\n");
        lines[line % lines.length] = lines[line % lines.length]!.replace(/(: |- ).*$/, `$1${value}`);
        return lines.join("\n");
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), (edits) => {
        readsAlike(edits.reduce((text, edit) => edit(text), facts));
      }),
      { numRuns: 500 },
    );
  });
});
