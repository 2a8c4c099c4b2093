import { LineCounter, parseDocument, isNode, visit, type Alias, type Document } from "yaml";
import { RecountError, type Location } from "#engine/diagnostics/recount-error.ts";
import { codeFrame } from "#engine/diagnostics/code-frame.ts";
import { readSimpleYaml } from "./simple-yaml.ts";

/** An editor's YAML text, read keeping line numbers so that every later error can point at its line. */
export interface YamlText {
  readonly data: unknown;
  /** The 1-based line of the value at `path` (or of the closest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number;
  /** The first syntax error, if any: the ones after it are mostly its echoes. A hint when the usual one would mislead. */
  readonly syntaxError: { readonly line: number; readonly message: string; readonly hint?: string } | undefined;
}

export interface YamlFile extends YamlText {
  readonly file: string;
  readonly text: string;
}

/**
 * Reads YAML text with its line numbers. Dates stay text: YAML's timestamps would turn 2024-02-30 into 1 March.
 * The simple YAML of facts files is read by a fast reader, anything else by the `yaml` library.
 */
export function readYaml(text: string): YamlText {
  return readSimpleYaml(text) ?? readAnyYaml(text);
}

/** Reads any YAML text with the `yaml` library, which also finds its syntax errors. */
export function readAnyYaml(text: string): YamlText {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, schema: "core" });
  const [error] = doc.errors;
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const syntaxError = error
    ? { line: lineCounter.linePos(error.pos[0]).line, message: error.message.split("\n")[0]! }
    : aliasError(doc, lineCounter);
  return { data: syntaxError ? undefined : doc.toJS(), lineOf, syntaxError };
}

/**
 * Aliases (`*name`) are refused: an editor's files never need them, and a few nested ones expand into
 * billions of values (an "alias bomb"), which the yaml library stops with a stack trace naming no file.
 */
function aliasError(doc: Document, lineCounter: LineCounter): YamlText["syntaxError"] {
  let alias: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      alias = node;
      return visit.BREAK;
    },
  });
  if (!alias) return undefined;
  return {
    line: lineCounter.linePos(alias.range?.[0] ?? 0).line,
    message: `the alias *${alias.source} repeats another value by reference, which Recount does not read`,
    hint: "write the value out in full where it is needed, and remove the alias and its &anchor",
  };
}

/** Parses an editor's YAML file, throwing an editor-facing error at the line of a syntax error. */
export function parseYaml(text: string, file: string): YamlFile {
  const yaml = { ...readYaml(text), file, text };
  const error = syntaxErrorOf(yaml);
  if (error) throw error;
  return yaml;
}

/** The editor-facing error of a YAML file's syntax error, if it has one. */
export function syntaxErrorOf(yaml: YamlFile): RecountError | undefined {
  if (!yaml.syntaxError) return undefined;
  const { line, message, hint } = yaml.syntaxError;
  return errorAtLine(yaml, line, `YAML syntax error: ${message}`, hint ?? syntaxHint);
}

const syntaxHint =
  'check the indentation and the quoting on this line: a value containing ": " or " #" needs quotes around it';

/** An editor-facing error at the line of the value at `path` (or of its closest parent that exists). */
export function yamlError(yaml: YamlFile, path: readonly PropertyKey[], message: string, hint: string): RecountError {
  return errorAtLine(yaml, yaml.lineOf(path), message, hint);
}

function errorAtLine(yaml: YamlFile, line: number, message: string, hint: string): RecountError {
  return new RecountError(message, { location: { file: yaml.file, line }, frame: codeFrame(yaml.text, line), hint });
}

/** The file and line of the value at `path` in a parsed YAML file. */
export function locationOf(yaml: YamlFile, path: readonly PropertyKey[]): Location {
  return { file: yaml.file, line: yaml.lineOf(path) };
}
