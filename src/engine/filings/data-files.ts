import { existsSync } from "node:fs";
import { join } from "node:path";
import type { z } from "astro/zod";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { readTextSync } from "#engine/text/read-text.ts";
import { validateYaml } from "#engine/yaml/schema-errors.ts";
import { parseYaml } from "#engine/yaml/yaml.ts";
import { changelog, changelogNames, glossary, glossaryNames, type Changelog, type Glossary } from "./metadata.ts";

/**
 * One of the site's data files beside the filings: an editor's YAML with its schema in metadata.ts, and
 * what a project without the file has.
 */
export interface DataFile<Data> {
  readonly file: string;
  readonly schema: z.ZodType<Data>;
  readonly names: { what: string; hint: string };
  readonly none: Data;
}

/** The public changelog of corrections. */
export const changelogFile: DataFile<Changelog> = {
  file: "content/changelog.yaml",
  schema: changelog,
  names: changelogNames,
  none: { entries: [] },
};

/** The glossary, whose terms each page defines where its prose first names them. */
export const glossaryFile: DataFile<Glossary> = {
  file: "content/glossary.yaml",
  schema: glossary,
  names: glossaryNames,
  none: { terms: [] },
};

/**
 * A data file's contents, with what its schema refuses. `npm run check` and the build refuse a data file
 * with errors as they refuse a filing's metadata.
 */
export function readDataFile<Data>(
  { file, schema, names, none }: DataFile<Data>,
  root = process.cwd(),
): { data: Data; errors: RecountError[] } {
  if (!existsSync(join(root, file))) return { data: none, errors: [] };
  try {
    const text = readTextSync(join(root, file), file, { empty: "leave an empty list for none yet" });
    const { data, errors } = validateYaml(parseYaml(text, file), schema, names);
    return { data: data ?? none, errors };
  } catch (error) {
    if (!(error instanceof RecountError)) throw error;
    return { data: none, errors: [error] };
  }
}

/** The errors of every data file, for the verification. */
export function dataFileErrors(root = process.cwd()): RecountError[] {
  return [...readDataFile(changelogFile, root).errors, ...readDataFile(glossaryFile, root).errors];
}
