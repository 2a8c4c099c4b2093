import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { readText } from "#engine/text/read-text.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { parseYaml } from "#engine/yaml/yaml.ts";
import { validateYaml } from "#engine/yaml/schema-errors.ts";
import { filingMetadata, filingMetadataNames, type FilingMetadata } from "./metadata.ts";
import { slugPattern } from "#engine/text/slug.ts";

export interface Filing {
  readonly id: string;
  /** The filing's folder, relative to the project root. */
  readonly dir: string;
  readonly metadata: FilingMetadata;
}

/** A filing's folder, named by a valid filing id, whatever its metadata. */
export type FilingFolder = Pick<Filing, "id" | "dir">;

/**
 * Reads and validates every filing's metadata under `contentDir/filings`. `held` are the folders whose
 * metadata has problems: their facts and pages are still verified, so that one run reports everything.
 */
export async function loadFilings(
  contentDir: string,
  root = process.cwd(),
): Promise<{ filings: Filing[]; held: FilingFolder[]; errors: RecountError[] }> {
  const filingsDir = join(contentDir, "filings");
  const entries = (await readdir(filingsDir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name, "en"),
  );
  const filings: Filing[] = [];
  const held: FilingFolder[] = [];
  const errors: RecountError[] = [];
  // The site's content loader follows a link to a folder, which check and gate would skip: refuse it, so
  // that nothing is published unverified.
  for (const link of entries.filter((entry) => entry.isSymbolicLink())) {
    errors.push(
      new RecountError(`the filing folder "${link.name}" is a symbolic link`, {
        location: { file: relative(root, join(filingsDir, link.name)), line: 1 },
        hint: "move or copy the filing's folder into content/filings/: only folders there are verified and published",
      }),
    );
  }
  for (const id of entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
    const dir = relative(root, join(filingsDir, id));
    if (!slugPattern.test(id)) {
      errors.push(
        new RecountError(`the filing folder "${id}" is not a valid filing id`, {
          location: { file: dir, line: 1 },
          hint: "use lowercase letters, digits and dashes, e.g. qfin-2024-09-27-6k",
        }),
      );
      continue;
    }
    const file = join(dir, "filing.yaml");
    const fields = "issuer, tickers, form, filed, title and summary";
    let text: string;
    try {
      text = await readText(join(root, file), file, {
        empty: `fill in ${fields} (see "Adding a filing" in the README)`,
      });
    } catch (error) {
      errors.push(
        error instanceof RecountError
          ? error
          : new RecountError(`the filing ${id} has no metadata file`, {
              location: { file, line: 1 },
              hint: `create filing.yaml with ${fields}`,
            }),
      );
      continue;
    }
    try {
      const { data, errors: invalid } = validateYaml(parseYaml(text, file), filingMetadata, filingMetadataNames);
      if (data) filings.push({ id, dir, metadata: data });
      else held.push({ id, dir });
      errors.push(...invalid);
    } catch (error) {
      if (!(error instanceof RecountError)) throw error;
      held.push({ id, dir });
      errors.push(error);
    }
  }
  return { filings, held, errors };
}
