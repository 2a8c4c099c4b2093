import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import { RecountError, type Location } from "./recount-error.ts";
import { codeFrame } from "./code-frame.ts";

export interface YamlFile {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  /** The 1-based line of the value at `path` (or of the closest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses an editor's YAML file keeping line numbers, so that every later error can point at its line.
 * Dates stay text: YAML's timestamps would silently turn 2024-02-30 into 1 March.
 */
export function parseYaml(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, schema: "core" });
  const [error] = doc.errors;
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new RecountError(`${file} is not valid YAML: ${error.message.split("\n")[0]}`, {
      location: { file, line },
      frame: codeFrame(text, line),
      hint: "check the indentation and the quoting on this line; text containing a colon or a # needs quotes",
    });
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { file, text, data: doc.toJS(), lineOf };
}

/** The location of the value at `path` in a parsed YAML file. */
export function locate(yaml: YamlFile, path: readonly PropertyKey[]): Location {
  return { file: yaml.file, line: yaml.lineOf(path) };
}
