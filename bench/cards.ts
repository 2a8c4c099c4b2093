// Draws social cards over and over and times each: the first (satori's layout engine starts, the fonts are
// parsed), the median of the rest one at a time, and then as many all at once, as a build draws them (one
// a page, after Astro has written the pages): its extra time is about that last figure times the pages.
// `npm run bench -- --only cards`, or alone: `npm exec -- node bench/cards.ts [cards]`.
import { performance } from "node:perf_hooks";
import { renderCard } from "#build/cards/draw-card.ts";
import type { Card } from "#build/cards/social-card.ts";

export interface CardTimes {
  readonly firstMs: number;
  readonly medianMs: number;
  /** Milliseconds a card when all are drawn at once, as a build draws them. */
  readonly batchMs: number;
  readonly bytes: number;
}

const card = (n: number): Card => ({
  site: "Recount",
  context: "Qifu Technology, Inc. · Form 6-K filed 27 September 2024",
  title: `Delinquency rates and provisions, part ${n}`,
  figure:
    "Parts added up: 10 of 10 make their totals, 2 only within rounding. Rises and falls the release states: 9 of 9 hold.",
  tally: "24 checks, all hold · 14 statements not verifiable from the disclosures",
});

/** Times `cards` cards, each with its own title so that nothing is drawn from a cache. */
export async function cardTimes({ cards = 50 }: { cards?: number } = {}): Promise<CardTimes> {
  const times: number[] = [];
  let bytes = 0;
  for (let n = 0; n < cards; ++n) {
    const start = performance.now();
    bytes += (await renderCard(card(n))).length;
    times.push(performance.now() - start);
  }
  const rest = times.slice(1).sort((a, b) => a - b);
  const start = performance.now();
  await Promise.all(Array.from({ length: cards }, (_, n) => renderCard(card(cards + n))));
  const batchMs = (performance.now() - start) / cards;
  return {
    firstMs: times[0]!,
    medianMs: rest[Math.floor(rest.length / 2)] ?? times[0]!,
    batchMs,
    bytes: bytes / cards,
  };
}

if (import.meta.main) {
  const { firstMs, medianMs, batchMs, bytes } = await cardTimes({ cards: Number(process.argv[2] ?? 50) });
  console.log(
    `first card ${firstMs.toFixed(0)} ms, then ${medianMs.toFixed(0)} ms a card (median), ${batchMs.toFixed(0)} ms a card drawn all at once, ${(bytes / 1024).toFixed(1)} KiB a card`,
  );
}
