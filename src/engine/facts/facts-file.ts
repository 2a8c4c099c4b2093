import type { RecountError } from "#engine/diagnostics/recount-error.ts";
import { validateYaml } from "#engine/yaml/schema-errors.ts";
import { readYaml, syntaxErrorOf, yamlError } from "#engine/yaml/yaml.ts";
import { factsFile } from "./schema.ts";
import type { FactsFile } from "./schema.ts";

/** Where an entry is in the facts file: ["facts", 3, "quote"]. */
export type Path = readonly PropertyKey[];

/** A facts file read and checked against its schema; `data` is undefined when it has errors. */
export interface FactsFileReading {
  /** Its path relative to the project root. */
  readonly file: string;
  readonly data: FactsFile | undefined;
  readonly errors: readonly RecountError[];
  /** An editor-facing error at the line of the entry at `path` (e.g. ["facts", 3, "quote"]). */
  error(path: Path, message: string, hint: string): RecountError;
  /** The 1-based line of the entry at `path`, or of its nearest enclosing entry. */
  line(path: Path): number;
}

const names = {
  what: "the facts file",
  hint: `see step 3 of the README's "Adding a filing" ("Review the candidates") for what a facts file holds`,
};

/** Reads a facts file's text; `file` is its path relative to the project root, for messages. */
export function readFactsFile(text: string, file: string): FactsFileReading {
  const yaml = { ...readYaml(text), file, text };
  const reading = {
    file,
    error: (path: Path, message: string, hint: string) => yamlError(yaml, path, message, hint),
    line: (path: Path) => yaml.lineOf(path),
  };
  const syntaxError = syntaxErrorOf(yaml);
  if (syntaxError) return { ...reading, data: undefined, errors: [syntaxError] };
  const { data, errors } = validateYaml(yaml, factsFile, names);
  return { ...reading, data, errors };
}
