import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import { RecountError, type Location } from "./recount-error.ts";
import { codeFrame } from "./code-frame.ts";
import { readSimpleYaml } from "./simple-yaml.ts";

/** An editor's YAML text, read keeping line numbers so that every later error can point at its line. */
export interface YamlText {
  readonly data: unknown;
  /** The 1-based line of the value at `path` (or of the closest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number;
  /** The first syntax error, if any: the ones after it are mostly its echoes. */
  readonly syntaxError: { readonly line: number; readonly message: string } | undefined;
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
  const syntaxError = error && { line: lineCounter.linePos(error.pos[0]).line, message: error.message.split("\n")[0]! };
  return { data: syntaxError ? undefined : doc.toJS(), lineOf, syntaxError };
}

/** Parses an editor's YAML file, throwing an editor-facing error at the line of a syntax error. */
export function parseYaml(text: string, file: string): YamlFile {
  const yaml = readYaml(text);
  if (yaml.syntaxError) {
    const { line, message } = yaml.syntaxError;
    throw new RecountError(`${file} is not valid YAML: ${message}`, {
      location: { file, line },
      frame: codeFrame(text, line),
      hint: "check the indentation and the quoting on this line; text containing a colon or a # needs quotes",
    });
  }
  return { ...yaml, file, text };
}

/** The location of the value at `path` in a parsed YAML file. */
export function locate(yaml: YamlFile, path: readonly PropertyKey[]): Location {
  return { file: yaml.file, line: yaml.lineOf(path) };
}
