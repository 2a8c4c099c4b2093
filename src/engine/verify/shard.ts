import { RecountError } from "#engine/diagnostics/recount-error.ts";

/** One of `count` parts of the filings, numbered from 1, as `--shard 2/4` names the second of four. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** `i/n` as `npm run check -- --shard i/n` takes it (as Vitest and Playwright do). */
export function parseShard(text: string): Shard {
  const [index, count, extra] = text.split("/").map((part) => (/^[1-9][0-9]*$/.test(part) ? Number(part) : NaN));
  if (extra !== undefined || !count || !index || index > count) {
    throw new RecountError(`--shard ${text} names no part of the filings`, {
      hint: 'write it as "i/n": the i-th of n parts, 1 ≤ i ≤ n, such as --shard 2/4',
    });
  }
  return { index, count };
}

/**
 * Whether a filing falls in the shard: the filings sorted by id, dealt out in turn, so that the n shards hold
 * every filing once and differ in size by one filing at most. A filing's pages go with it, and its errors.
 */
export function inShard(filings: readonly string[], { index, count }: Shard): (filing: string) => boolean {
  const sorted = [...filings].sort();
  const mine = new Set(sorted.filter((_, position) => position % count === index - 1));
  return (filing) => mine.has(filing);
}

/**
 * The filing an error is about, by the file it names under content/filings/<id>/; undefined for an error
 * that names none, which the first shard reports so that every error is reported once.
 */
export function errorFiling(error: RecountError): string | undefined {
  const [content, filings, filing, ...rest] = (error.location?.file ?? "").split("/");
  return content === "content" && filings === "filings" && rest.length ? filing : undefined;
}

/** Whether the shard reports an error: its filing's shard does, and the first shard those of no filing. */
export function reportsError(shard: Shard, filingInShard: (filing: string) => boolean, error: RecountError): boolean {
  const filing = errorFiling(error);
  return filing === undefined ? shard.index === 1 : filingInShard(filing);
}
