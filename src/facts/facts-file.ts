import type { core } from "astro/zod";
import { codeFrame } from "../diagnostics/code-frame.ts";
import { RecountError } from "../diagnostics/recount-error.ts";
import { unquotedText } from "../yaml/schema-errors.ts";
import { readYaml } from "../yaml/yaml.ts";
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

/** Reads a facts file's text; `file` is its path relative to the project root, for messages. */
export function readFactsFile(text: string, file: string): FactsFileReading {
  const yaml = readYaml(text);
  const line = (path: Path): number => yaml.lineOf(path);

  function error(path: Path, message: string, hint: string): RecountError {
    return errorAt(line(path), message, hint);
  }

  function errorAt(line: number, message: string, hint: string): RecountError {
    return new RecountError(message, { location: { file, line }, hint, frame: codeFrame(text, line) });
  }

  if (yaml.syntaxError) {
    const hint = 'fix the YAML at this line; a value containing ": " or " #" needs quotes around it';
    return {
      file,
      data: undefined,
      errors: [
        errorAt(yaml.syntaxError.line, `YAML syntax error: ${yaml.syntaxError.message}`, yaml.syntaxError.hint ?? hint),
      ],
      error,
      line,
    };
  }
  const parsed = factsFile.safeParse(yaml.data, { reportInput: true });
  if (parsed.success) return { file, data: parsed.data, errors: [], error, line };
  const lineText = (path: Path) => text.split(/\r?\n/)[line(path) - 1] ?? "";
  return {
    file,
    data: undefined,
    errors: parsed.error.issues.map((issue) => schemaError(issue, error, lineText(issue.path))),
    error,
    line,
  };
}

function schemaError(issue: core.$ZodIssue, error: FactsFileReading["error"], lineText: string): RecountError {
  const unquoted = unquotedText(issue, lineText);
  if (unquoted) return error(issue.path, `${pathText(issue.path)}: ${unquoted.message}`, unquoted.hint);
  const hint =
    issue.code === "custom" && issue.params?.hint
      ? String(issue.params.hint)
      : `see step 3 of the README's "Adding a filing" ("Review the candidates") for what a facts file holds`;
  if (issue.code === "unrecognized_keys") {
    return error(
      [...issue.path, issue.keys[0]!],
      `${pathText(issue.path)} has an unknown key "${issue.keys[0]}"`,
      hint,
    );
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return error(issue.path, `${pathText(issue.path.slice(0, -1))} has no ${String(issue.path.at(-1))}`, hint);
  }
  return error(issue.path, issue.code === "custom" ? issue.message : `${pathText(issue.path)}: ${issue.message}`, hint);
}

/** ["facts", 3, "label"] → "facts[3].label" */
function pathText(path: Path): string {
  return (
    path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`)).join("") ||
    "the file"
  );
}
