import type { core, z } from "astro/zod";
import type { RecountError } from "#engine/diagnostics/recount-error.ts";
import { locationOf, yamlError, type YamlFile } from "./yaml.ts";

/** What the errors of a YAML file call it, and where they send the editor. */
export interface SchemaNames {
  /** The file as a subject, for a problem of its top level: "filing metadata", "the facts file". */
  readonly what: string;
  /** The hint of a problem whose check gives none. */
  readonly hint: string;
}

/**
 * Validates a YAML file against its zod schema; each problem becomes an error naming the file, the line,
 * the field and, in plain words, what is wrong there. The one error map for editors' files: a schema's own
 * messages are kept, zod's are replaced by `plainWords`.
 */
export function validateYaml<Schema extends z.ZodType>(
  yaml: YamlFile,
  schema: Schema,
  names: SchemaNames,
): { data?: z.output<Schema>; errors: RecountError[] } {
  const result = schema.safeParse(yaml.data, { reportInput: true, error: plainWords });
  if (result.success) return { data: result.data, errors: [] };
  return { errors: result.error.issues.flatMap((issue) => issueErrors(issue, yaml, names)) };
}

function issueErrors(issue: core.$ZodIssue, yaml: YamlFile, { what, hint }: SchemaNames): RecountError[] {
  const subject = (path: readonly PropertyKey[]) => pathText(path) || what;
  const error = (path: readonly PropertyKey[], message: string) =>
    yamlError(yaml, path, message, issue.code === "custom" && issue.params?.hint ? String(issue.params.hint) : hint);
  const unquoted = unquotedText(issue, yaml.text.split(/\r?\n/)[locationOf(yaml, issue.path).line - 1] ?? "");
  if (unquoted) return [yamlError(yaml, issue.path, `${subject(issue.path)}: ${unquoted.message}`, unquoted.hint)];
  if (issue.code === "unrecognized_keys")
    return issue.keys.map((key) => error([...issue.path, key], `${subject(issue.path)} has an unknown key "${key}"`));
  if (issue.code === "invalid_type" && issue.input === undefined)
    return [error(issue.path, `${subject(issue.path.slice(0, -1))} has no ${String(issue.path.at(-1))}`)];
  // A refinement's message is a sentence of its own, naming what it is about.
  if (issue.code === "custom") return [error(issue.path, issue.message)];
  return [error(issue.path, `${subject(issue.path)}: ${issue.message}`)];
}

/**
 * Text that YAML read as a number or a yes/no (`number: 1.2e3` is 1200, `form: 20` is 20): what it read,
 * and to quote it, given the line it is on. Undefined for any other problem.
 */
function unquotedText(issue: core.$ZodIssue, line: string): { message: string; hint: string } | undefined {
  if (issue.code !== "invalid_type" || issue.expected !== "string") return undefined;
  if (typeof issue.input !== "number" && typeof issue.input !== "boolean") return undefined;
  const [, key = String(issue.path.at(-1)), typed = String(issue.input)] =
    /^[\s-]*([^\s:]+):\s*(.*?)\s*(?:\s#.*)?$/.exec(line) ?? [];
  return {
    message: `YAML reads ${typed} as the ${typeof issue.input === "number" ? "number" : "yes/no value"} ${String(issue.input)}, not as text`,
    hint: `put it in quotes, as the source prints it: ${key}: "${typed}"`,
  };
}

/** ["facts", 3, "label"] → "facts[3].label"; "" for the top level. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`)).join("");
}

const kinds: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (key: value lines)",
};

/** zod's issues in an editor's words, where the schema gives none; undefined leaves zod's own. */
function plainWords(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return `should be ${kinds[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}`;
    case "too_small":
      return bound(issue.origin, "at least", issue.minimum, issue.inclusive);
    case "too_big":
      return bound(issue.origin, "at most", issue.maximum, issue.inclusive);
    case "invalid_value":
      return `should be ${issue.values.length === 1 ? "" : "one of "}${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    default:
      return undefined;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  return kinds[typeof value] ?? typeof value;
}

function bound(
  origin: string,
  side: "at least" | "at most",
  limit: number | bigint,
  inclusive = true,
): string | undefined {
  if (origin === "string")
    return limit === 1 && side === "at least" ? "is empty" : `should be ${side} ${limit} characters long`;
  if (origin === "array")
    return limit === 1 && side === "at least" ? "needs at least one entry" : `should have ${side} ${limit} entries`;
  if (origin !== "number" && origin !== "int") return undefined;
  if (inclusive) return `should be ${side} ${limit}`;
  return `should be ${side === "at least" ? "more" : "less"} than ${limit}`;
}
