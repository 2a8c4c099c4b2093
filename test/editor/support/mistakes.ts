import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { larkspurDir } from "./larkspur.ts";

/** A change to a file of the practice filing, as an editor might make it by mistake. */
type Mistake = readonly [file: string, change: (text: string) => string];

/** Replaces the first `from` in a text, failing if it is not there, so a mistake that no longer applies is noticed. */
const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the file`);
  return text.replace(from, to);
};

/** Removes the first match of `pattern`, failing if there is none. */
const removeOnce = (text: string, pattern: RegExp) => {
  if (!pattern.test(text)) throw new Error(`${pattern} matches nothing in the file`);
  return text.replace(pattern, "");
};

/**
 * The mistakes whose errors the guide shows, by the name of the guide's `text <name>` snippet; each is
 * made in a practice filing whose candidates are all confirmed, except `candidates-left`, which leaves
 * the scaffold's facts.yaml as it was.
 */
export const mistakes: Record<string, readonly Mistake[]> = {
  "wrong-number": [
    ["source.txt", replace("up 8.8%", "up 9.8%")],
    ["facts.yaml", (text) => text.replaceAll("8.8%", "9.8%")],
  ],
  "candidates-left": [],
  "quote-not-found": [
    ["facts.yaml", replace("quote: Total revenues were RMB 12.4", "quote: Total revenue was RMB 12.4")],
  ],
  "number-needed": [["facts.yaml", replace("    number: 8.8%\n", "")]],
  "quotation-not-found": [
    [
      "pages/02-revenues.mdx",
      replace(
        "Total revenues were <Fact",
        'The release says "revenues grew strongly" in 2024.\n\nTotal revenues were <Fact',
      ),
    ],
  ],
  "qualifier-doubled": [
    [
      "pages/02-revenues.mdx",
      replace(
        "Total revenues were <Fact",
        'The company had more than <Fact id="employees.2024-12-31" /> employees.\n\nTotal revenues were <Fact',
      ),
    ],
  ],
  unaccounted: [["facts.yaml", (text) => removeOnce(text, /^ {2}- pattern: .*Form.*\n {4}reason: .*\n/m)]],
  "unknown-fact": [["pages/02-revenues.mdx", replace('fact("total-revenues.2023")', 'fact("total-revenue.2023")')]],
  metadata: [["filing.yaml", replace("issuer: Larkspur Lending Ltd.", 'issuer: ""')]],
};

/** Makes a mistake in the practice filing of the project at `root`. */
export async function make(root: string, name: string): Promise<void> {
  for (const [file, change] of mistakes[name]!) {
    const path = join(root, larkspurDir, file);
    await writeFile(path, change(await readFile(path, "utf8")));
  }
}
