import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { digest } from "#engine/notebook/clean-types.ts";
import { cacheFolder, writeWhole } from "#engine/cache/caches.ts";
import { codeDigest } from "#engine/verify/page-cache.ts";
import type { Report } from "#engine/verify/verify.ts";
import { cardThreads, type DrawCard } from "./card-threads.ts";
import { renderCard } from "./draw-card.ts";
import { headProperties } from "./page-head.ts";
import { cardFor, pageAt } from "./social-card.ts";

/** Where a page's card's words are written: a notebook page's MDX file, or its filing's filing.yaml. */
function cardSource(report: Report, page: string): string | undefined {
  const { filing, notebook } = pageAt(report, page);
  if (!filing) return undefined;
  return notebook?.file ?? `content/filings/${filing}/filing.yaml`;
}

/**
 * `draw`, keeping each card drawn in the project's cache (see verify/page-cache.ts), found by its words
 * and the code that draws it (src/build, and the lockfile for the fonts and renderers): a card is a picture of
 * four strings, so the same strings with the same code are the same bytes (and a card that cannot be drawn
 * throws, and is not kept).
 */
async function cachedCards(root: string, draw: DrawCard): Promise<DrawCard> {
  const code = await codeDigest(root);
  return async (card, ...where) => {
    const path = join(cacheFolder(root, "cards"), `${digest(["recount card 1", code, JSON.stringify(card)])}.png`);
    const kept = await readFile(path).catch(() => undefined);
    if (kept) return kept;
    const drawn = await draw(card, ...where);
    await writeWhole(path, drawn);
    return drawn;
  };
}

/** How many pages a site has past which its cards are drawn on threads of their own (card-threads.ts). */
const threadsFrom = 100;

/**
 * Draws the card of every page the build wrote into `outDir`, from the title and description in its
 * head and the report, where the page's og:image points (see `cardPath`; `base` is the site's); with `cache`
 * (the project root), each from the cache where it was drawn before.
 */
export async function writeSocialCards(
  report: Report,
  outDir: string,
  base: string,
  { cache }: { cache?: string } = {},
): Promise<void> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  // A drawing thread takes 1–2 s to load its renderer, as long as forty cards take to draw here.
  const threads = files.length > threadsFrom ? cardThreads() : undefined;
  const draw = cache ? await cachedCards(cache, threads?.draw ?? renderCard) : (threads?.draw ?? renderCard);
  const below = (pathname: string) => `/${pathname.slice(base.replace(/\/?$/, "/").length)}`;
  await atMost(2 * availableParallelism(), files, async (file) => {
    const head = headProperties(await readFile(join(outDir, file), "utf8"));
    const meta = (property: string) => head.get(property) ?? "";
    const page = below(new URL(meta("og:url")).pathname);
    const card = cardFor(report, { path: page, title: meta("og:title"), description: meta("og:description") });
    const target = join(outDir, below(new URL(meta("og:image")).pathname));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await draw(card, `${page} (${file})`, cardSource(report, page)));
  }).finally(() => threads?.close());
}

/**
 * Runs `work` on every item, `count` at a time: enough to keep each drawing thread busy while this one
 * reads the next pages, and no more, since a card under way holds its page and pixels (all 2,000 pages'
 * cards at once spent more time collecting garbage than drawing).
 */
async function atMost<T>(count: number, items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const drain = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(count, items.length) }, drain));
}
