import type { z } from "astro/zod";
import { RecountError } from "./recount-error.ts";
import { codeFrame } from "./code-frame.ts";
import { locate, type YamlFile } from "./yaml.ts";

/**
 * Validates a YAML file against its zod schema; each problem becomes an error naming the file, the line,
 * the field and what was found there.
 */
export function validateYaml<Schema extends z.ZodType>(yaml: YamlFile, schema: Schema, what: string): { data?: z.output<Schema>; errors: RecountError[] } {
  const result = schema.safeParse(yaml.data);
  if (result.success) return { data: result.data, errors: [] };
  const errors = result.error.issues.map((issue) => {
    const location = locate(yaml, issue.path);
    const field = issue.path.length ? issue.path.join(".") : what;
    return new RecountError(`${field}: ${issue.message}`, {
      location,
      frame: codeFrame(yaml.text, location.line),
      hint: issue.code === "custom" && issue.params?.hint ? String(issue.params.hint) : `see the ${what} fields in the README ("Adding a filing")`,
    });
  });
  return { errors };
}
