import type { core, z } from "astro/zod";
import { RecountError } from "../diagnostics/recount-error.ts";
import { codeFrame } from "../diagnostics/code-frame.ts";
import { locate, type YamlFile } from "./yaml.ts";

/**
 * Validates a YAML file against its zod schema; each problem becomes an error naming the file, the line,
 * the field and what was found there.
 */
export function validateYaml<Schema extends z.ZodType>(
  yaml: YamlFile,
  schema: Schema,
  what: string,
): { data?: z.output<Schema>; errors: RecountError[] } {
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { data: result.data, errors: [] };
  const errors = result.error.issues.map((issue) => {
    const location = locate(yaml, issue.path);
    const field = issue.path.length ? issue.path.join(".") : what;
    const unquoted = unquotedText(issue, yaml.text.split(/\r?\n/)[location.line - 1] ?? "");
    return new RecountError(`${field}: ${unquoted?.message ?? issue.message}`, {
      location,
      frame: codeFrame(yaml.text, location.line),
      hint:
        unquoted?.hint ??
        (issue.code === "custom" && issue.params?.hint
          ? String(issue.params.hint)
          : `see the ${what} fields in the README ("Adding a filing")`),
    });
  });
  return { errors };
}

/**
 * Text that YAML read as a number or a yes/no (`number: 1.2e3` is 1200, `form: 20` is 20): what it read,
 * and to quote it, given the line it is on. Undefined for any other problem.
 */
export function unquotedText(issue: core.$ZodIssue, line: string): { message: string; hint: string } | undefined {
  if (issue.code !== "invalid_type" || issue.expected !== "string") return undefined;
  if (typeof issue.input !== "number" && typeof issue.input !== "boolean") return undefined;
  const [, key = String(issue.path.at(-1)), typed = String(issue.input)] =
    /^[\s-]*([^\s:]+):\s*(.*?)\s*(?:\s#.*)?$/.exec(line) ?? [];
  return {
    message: `YAML reads ${typed} as the ${typeof issue.input === "number" ? "number" : "yes/no value"} ${String(issue.input)}, not as text`,
    hint: `put it in quotes, as the source prints it: ${key}: "${typed}"`,
  };
}
