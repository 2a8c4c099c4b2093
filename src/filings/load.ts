import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { RecountError } from "../diagnostics/recount-error.ts";
import { parseYaml } from "../diagnostics/yaml.ts";
import { validateYaml } from "../diagnostics/schema-errors.ts";
import { filingMetadata, type FilingMetadata } from "./metadata.ts";

export interface Filing {
  readonly id: string;
  /** The filing's folder, relative to the project root. */
  readonly dir: string;
  readonly metadata: FilingMetadata;
}

/** A filing id names its folder and its URL: lowercase letters, digits and dashes. */
export const filingId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads and validates every filing's metadata under `contentDir/filings`. */
export async function loadFilings(contentDir: string, root = process.cwd()): Promise<{ filings: Filing[]; errors: RecountError[] }> {
  const filingsDir = join(contentDir, "filings");
  const ids = (await readdir(filingsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const filings: Filing[] = [];
  const errors: RecountError[] = [];
  for (const id of ids) {
    const dir = relative(root, join(filingsDir, id));
    if (!filingId.test(id)) {
      errors.push(new RecountError(`the filing folder "${id}" is not a valid filing id`, { location: { file: dir, line: 1 }, hint: "use lowercase letters, digits and dashes, e.g. qfin-2024-09-27-6k" }));
      continue;
    }
    const file = join(dir, "filing.yaml");
    let text: string;
    try {
      text = await readFile(join(root, file), "utf8");
    } catch {
      errors.push(new RecountError(`the filing ${id} has no metadata file`, { location: { file, line: 1 }, hint: "create filing.yaml with issuer, tickers, form, filed, title and summary" }));
      continue;
    }
    try {
      const { data, errors: invalid } = validateYaml(parseYaml(text, file), filingMetadata, "filing metadata");
      if (data) filings.push({ id, dir, metadata: data });
      errors.push(...invalid);
    } catch (error) {
      if (!(error instanceof RecountError)) throw error;
      errors.push(error);
    }
  }
  return { filings, errors };
}
