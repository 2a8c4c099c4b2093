import { Schema, isScalar } from "yaml";
import type { ScalarTag } from "yaml";
import type { YamlText } from "./yaml.ts";

/**
 * Reads the simple YAML that facts files are written in, many times faster than the `yaml` library:
 * block mappings and sequences, one-line scalars (plain, 'single' or "double" quoted, with YAML's escapes),
 * one-line flow mappings `{ table: t, row: r }` and comments. Undefined for anything else — anchors, tags,
 * block scalars, multi-line scalars, tabs, duplicate keys, and every YAML error — which the
 * `yaml` library then reads. Where it answers, it answers as that library does: the same data (core
 * schema) and the same line for every path.
 */
export function readSimpleYaml(text: string): YamlText | undefined {
  if (unsupportedCharacter.test(text)) return undefined;
  const reader: Reader = { lines: contentLines(text), next: 0 };
  const first = reader.lines[0];
  if (!first) return undefined;
  try {
    const { value, node } = blockNode(reader, first.indent);
    if (reader.next < reader.lines.length) return undefined;
    return { data: value, lineOf: (path) => lineOf(node, path), syntaxError: undefined };
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}

/** Where a value is: its line, and where its items or entries are. */
interface Placed {
  readonly line: number;
  readonly items?: readonly Placed[];
  readonly entries?: ReadonlyMap<string, Placed>;
}

/** A value read, and where it is. */
interface Read {
  readonly value: unknown;
  readonly node: Placed;
}

/** A line with content, from where its text starts: its indentation, or after a sequence item's dash. */
interface Line {
  readonly number: number;
  readonly indent: number;
  readonly text: string;
}

interface Reader {
  readonly lines: readonly Line[];
  /** The index of the next line to read. */
  next: number;
}

/** Tabs, carriage returns and other control characters, or a byte order mark: left to the library. */
const unsupportedCharacter = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** A key, its colon and the spaces after it. Keys are words, so they need no quoting or escaping. */
const keyPattern = /^([A-Za-z_][\w.-]*):(?: +|$)/;

/** A key of a flow mapping, with the spaces around it; its value follows on the line. */
const flowKeyPattern = /^ *([A-Za-z_][\w.-]*): +/;

/** What may follow a quoted scalar or a flow mapping on its line: spaces, then a comment. */
const lineEnd = /^(?: +(?:#.*)?)?$/;

/**
 * What a plain scalar cannot be read with: a first character that is an indicator (or -?: and a space),
 * or ": " inside, which would make it a nested mapping.
 */
const notPlain = /^(?:[-?:](?: |$)|[,[\]{}#&*!|>'"%@`])|: |:$/;

/** In a flow mapping, the characters that would end a plain scalar, or make it something else. */
const notPlainInFlow = /[:#[\]{]/;

/** The core schema's tags that read plain scalars as other than text: null, true, 2023, 0.5, .inf. */
const coreTags = new Schema({ schema: "core" }).tags.filter(
  (tag): tag is ScalarTag => tag.default === true && !tag.collection && tag.test !== undefined,
);

/** Any of their tests in one, as most scalars are text. */
const notText = new RegExp(coreTags.map(({ test }) => `(?:${test!.source})`).join("|"));

/** Thrown wherever the reader meets what it does not read, and caught where it started. */
const unsupported = Symbol("unsupported");

function giveUp(): never {
  throw unsupported;
}

/** The lines that are neither blank nor comments. */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split("\n").forEach((line, i) => {
    const indent = line.search(/[^ ]/);
    if (indent >= 0 && line[indent] !== "#") lines.push({ number: i + 1, indent, text: line.slice(indent) });
  });
  return lines;
}

/** The block mapping or sequence that starts at the next line, indented `indent`. */
function blockNode(reader: Reader, indent: number): Read {
  const line = reader.lines[reader.next]!;
  if (isSequenceItem(line.text)) return blockSequence(reader, indent);
  reader.next++;
  return blockMapping(reader, line);
}

function isSequenceItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

function blockSequence(reader: Reader, column: number): Read {
  const value: unknown[] = [];
  const items: Placed[] = [];
  const line = reader.lines[reader.next]!.number;
  for (
    let item = reader.lines[reader.next];
    item?.indent === column && isSequenceItem(item.text);
    item = reader.lines[reader.next]
  ) {
    reader.next++;
    const rest = item.text.slice(1).replace(/^ +/, "");
    if (!rest) giveUp();
    const read = keyPattern.test(rest)
      ? blockMapping(reader, { number: item.number, indent: column + item.text.length - rest.length, text: rest })
      : inline(rest, item.number);
    value.push(read.value);
    items.push(read.node);
  }
  return { value, node: { line, items } };
}

/** A block mapping whose first key starts the `first` line, and every other key the same column. */
function blockMapping(reader: Reader, first: Line): Read {
  const value: Record<string, unknown> = {};
  const entries = new Map<string, Placed>();
  for (let line: Line | undefined = first; line; line = nextEntry(reader, first.indent)) {
    const match = keyPattern.exec(line.text) ?? giveUp();
    const key = mappingKey(match[1]!, entries);
    const rest = line.text.slice(match[0].length);
    const read = !rest || rest.startsWith("#") ? nested(reader, first.indent, line.number) : inline(rest, line.number);
    value[key] = read.value;
    entries.set(key, read.node);
  }
  return { value, node: { line: first.number, entries } };
}

/** The next line of a mapping whose keys are at `column`; undefined where the mapping ends. */
function nextEntry(reader: Reader, column: number): Line | undefined {
  const following = reader.lines[reader.next];
  if (!following || following.indent < column) return undefined;
  if (following.indent > column) giveUp();
  reader.next++;
  return following;
}

/** A key read as text; YAML would read `true:` or `null:` otherwise, and a repeated key is an error. */
function mappingKey(key: string, entries: ReadonlyMap<string, Placed>): string {
  if (entries.has(key) || key === "__proto__" || resolvePlain(key) !== key) giveUp();
  return key;
}

/**
 * The value of a key with nothing after it on its line: a block node indented further, a sequence at the
 * key's own indentation, or else null, placed on the key's line.
 */
function nested(reader: Reader, column: number, keyLine: number): Read {
  const following = reader.lines[reader.next];
  if (following && following.indent > column) return blockNode(reader, following.indent);
  if (following?.indent === column && isSequenceItem(following.text)) return blockSequence(reader, column);
  return { value: null, node: { line: keyLine } };
}

/** A value on one line: a quoted or plain scalar, or a flow mapping. */
function inline(text: string, line: number): Read {
  if (text[0] === "{") return flowMapping(text, line);
  if (isQuote(text[0])) {
    const { value, rest } = quoted(text);
    if (!lineEnd.test(rest)) giveUp();
    return { value, node: { line } };
  }
  const comment = text.indexOf(" #");
  return { value: plain(trimSpaces(comment < 0 ? text : text.slice(0, comment)), { flow: false }), node: { line } };
}

/** `{ key: value, … }` on one line, its values scalars. */
function flowMapping(text: string, line: number): Read {
  const value: Record<string, unknown> = {};
  const entries = new Map<string, Placed>();
  let rest = text.slice(1);
  for (;;) {
    const match = flowKeyPattern.exec(rest) ?? giveUp();
    const key = mappingKey(match[1]!, entries);
    rest = rest.slice(match[0].length);
    if (isQuote(rest[0])) {
      ({ value: value[key], rest } = quoted(rest));
    } else {
      const [text] = /^[^,}]*/.exec(rest)!;
      value[key] = plain(trimSpaces(text), { flow: true });
      rest = rest.slice(text.length);
    }
    entries.set(key, { line });
    rest = rest.replace(/^ +/, "");
    if (rest[0] === "}") break;
    if (rest[0] !== ",") giveUp();
    rest = rest.slice(1);
  }
  if (!lineEnd.test(rest.slice(1))) giveUp();
  return { value, node: { line, entries } };
}

function isQuote(char: string | undefined): boolean {
  return char === "'" || char === '"';
}

/** A quoted scalar at the start of `text`, and the text after it. */
function quoted(text: string): { value: string; rest: string } {
  const quote = text[0]!;
  const end = quote === "'" ? /^'((?:[^']|'')*)'/.exec(text) : /^"((?:[^"\\]|\\.)*)"/.exec(text);
  if (!end) giveUp();
  return { value: quote === "'" ? end[1]!.replaceAll("''", "'") : unescape(end[1]!), rest: text.slice(end[0].length) };
}

/** YAML 1.2's escapes of one character in a double-quoted scalar (the tab's is left out with tabs). */
const escapes: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};

/** The lengths of the hexadecimal escapes: \x41, \u00e9, \U0001F600. */
const hexDigits: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar's text with its escapes read as YAML reads them; any other escape is an error, left to the library. */
function unescape(text: string): string {
  return text.replace(
    /\\(?:([xuU])([0-9A-Fa-f]*)|(.))/g,
    (_, hex: string | undefined, digits: string, char: string) => {
      if (hex === undefined) return escapes[char] ?? giveUp();
      const length = hexDigits[hex]!;
      if (digits.length < length) giveUp();
      const code = Number.parseInt(digits.slice(0, length), 16);
      return code > 0x10ffff ? giveUp() : String.fromCodePoint(code) + digits.slice(length);
    },
  );
}

/** A plain scalar, `text` being all of it, read as the core schema reads it. */
function plain(text: string, { flow }: { flow: boolean }): unknown {
  if (!text || notPlain.test(text) || (flow && notPlainInFlow.test(text))) giveUp();
  return resolvePlain(text);
}

/** `text` without trailing spaces (only spaces: YAML reads other white space as text). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (text[end - 1] === " ") end--;
  return text.slice(0, end);
}

function resolvePlain(text: string): unknown {
  if (!notText.test(text)) return text;
  const tag = coreTags.find(({ test }) => test!.test(text))!;
  const value = tag.resolve(text, giveUp, {});
  // floats and null come as Scalar nodes, as they keep how they were written
  return isScalar(value) ? value.value : value;
}

/** The line of the value at `path`, or of the closest parent that exists, as `yaml`'s `Document.getIn` finds it. */
function lineOf(root: Placed, path: readonly PropertyKey[]): number {
  let node = root;
  for (const key of path) {
    const child = node.items
      ? node.items[itemIndex(key)]
      : typeof key === "string"
        ? node.entries?.get(key)
        : undefined;
    if (!child) break;
    node = child;
  }
  return node.line;
}

/** A sequence index as `yaml` reads one from a path: 3 or "3"; -1 for a key that is none. */
function itemIndex(key: PropertyKey): number {
  const index = typeof key === "string" && key ? Number(key) : key;
  return typeof index === "number" && Number.isInteger(index) && index >= 0 ? index : -1;
}
