import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { slugPattern } from "#engine/text/slug.ts";
import { findCandidates } from "./candidates.ts";
import type { Candidates } from "./candidates.ts";
import { factsYaml } from "./facts-yaml.ts";
import { filedOn, proposeMetadata } from "./filing-proposal.ts";
import { filingYaml } from "./filing-yaml.ts";
import { htmlText, isHtml } from "./html-text.ts";
import { starterPage, starterPageName } from "./starter-page.ts";

export interface Scaffolded {
  /** The new filing's folder, relative to the project root. */
  readonly dir: string;
  /** What was written, relative to that folder, in the order an editor works through it. */
  readonly files: readonly string[];
  readonly candidates: Candidates;
}

/**
 * Creates `content/filings/<id>/` for a new filing from its text: metadata to fill in, the text verbatim,
 * a facts file of candidates to review, and a starter page. Refuses, writing nothing, when the id is not a
 * valid filing id, the text cannot be read, or the folder exists.
 */
export async function scaffoldFiling({
  id,
  source,
  root = process.cwd(),
}: {
  id: string;
  source: string;
  root?: string;
}): Promise<Scaffolded> {
  if (!slugPattern.test(id)) {
    throw new RecountError(`"${id}" is not a valid filing id`, {
      hint: "use lowercase letters, digits and dashes: the issuer, the date filed and the form, e.g. qfin-2024-09-27-6k",
    });
  }
  const bytes = await readFile(source).catch((cause: unknown) => {
    throw new RecountError(`cannot read the source text ${source}`, {
      hint: "give the path of the filing's text, saved as a plain-text file",
      cause,
    });
  });
  const given = bytes.toString("utf8");
  if (!given.trim())
    throw new RecountError(`the source text ${source} is empty`, { hint: "save the filing's text into it first" });
  // An HTML exhibit is kept as the text read from it, which every anchor refers to; filing.yaml names the original.
  const html = isHtml(source, given);
  const raw = html ? htmlText(given) : given;
  const filings = join(root, "content", "filings");
  const dir = join(filings, id);
  await mkdir(filings, { recursive: true });
  // Not recursive: creating the folder is what claims the id, so an existing filing is never written over.
  await mkdir(dir).catch((cause: unknown) => {
    throw new RecountError(`${relative(root, dir)} already exists, so nothing was written`, {
      hint: "choose another id; to start that filing again, delete its folder first",
      cause,
    });
  });
  const metadata = proposeMetadata(raw);
  const candidates = findCandidates(raw, { filed: filedOn(id, metadata) });
  const files: [string, string | Buffer][] = [
    ["filing.yaml", filingYaml(id, metadata, { original: html ? basename(source) : undefined })],
    ["source.txt", html ? raw : bytes],
    ["facts.yaml", factsYaml(id, candidates)],
    [join("pages", starterPageName), starterPage(candidates.facts)],
  ];
  await mkdir(join(dir, "pages"));
  for (const [name, content] of files) await writeFile(join(dir, name), content);
  return { dir: relative(root, dir), files: files.map(([name]) => name), candidates };
}
