import { existsSync } from "node:fs";
import { join } from "node:path";
import type { z } from "astro/zod";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { readTextSync } from "#engine/text/read-text.ts";
import { validateYaml } from "#engine/yaml/schema-errors.ts";
import { parseYaml } from "#engine/yaml/yaml.ts";
import { changelog, changelogNames, glossary, glossaryNames, type Changelog, type Glossary } from "./metadata.ts";

/**
 * The site's data files beside the filings, each an editor's YAML with its schema in metadata.ts: the
 * changelog of corrections and the glossary. `npm run check` and the build refuse one with errors as they
 * refuse a filing's metadata; a project without one has none of its entries.
 */
const files = {
  changelog: { file: "content/changelog.yaml", schema: changelog, names: changelogNames, empty: { entries: [] } },
  glossary: { file: "content/glossary.yaml", schema: glossary, names: glossaryNames, empty: { terms: [] } },
} as const;

type DataFile = keyof typeof files;
type Data = { changelog: Changelog; glossary: Glossary };

/** A data file's entries, with what its schema refuses. */
export function readDataFile<Name extends DataFile>(
  name: Name,
  root = process.cwd(),
): { data: Data[Name]; errors: RecountError[] } {
  const { file, schema, names, empty } = files[name];
  if (!existsSync(join(root, file))) return { data: empty as Data[Name], errors: [] };
  try {
    const text = readTextSync(join(root, file), file, { empty: "leave an empty list for none yet" });
    const { data, errors } = validateYaml(parseYaml(text, file), schema as z.ZodType<Data[Name]>, names);
    return { data: data ?? (empty as Data[Name]), errors };
  } catch (error) {
    if (!(error instanceof RecountError)) throw error;
    return { data: empty as Data[Name], errors: [error] };
  }
}

/** The errors of every data file, for the verification. */
export function dataFileErrors(root = process.cwd()): RecountError[] {
  return (Object.keys(files) as DataFile[]).flatMap((name) => readDataFile(name, root).errors);
}
