import { afterAll, expect, test } from "vitest";
import { cardThreads } from "#build/cards/card-threads.ts";
import { renderCard } from "#build/cards/draw-card.ts";
import type { Card } from "#build/cards/social-card.ts";
import { RecountError } from "#engine/diagnostics/recount-error.ts";

const card = (title: string): Card => ({
  site: "Recount",
  context: "Demo Lending · Form 20-F filed 28 March 2024",
  title,
  figure: "Revenues add up: loan facilitation and platform fees make up total revenues.",
  tally: "2 checks, all hold · 1 statement not verifiable from the disclosures",
});

// A build draws its cards on threads of their own (card-threads.ts): the editor's error crosses back whole.
const threads = cardThreads(1);
afterAll(() => threads.close());

test.each([
  ["here", renderCard],
  ["on a drawing thread", threads.draw],
])(
  "a card whose title has no glyph in the card's font fails, naming the page and the characters (%s)",
  async (_, draw) => {
    const error = await draw(card("奇富科技 answers a short seller"), "/filings/x/overview/", "x.mdx").then(
      () => undefined,
      (error: unknown) => error as RecountError,
    );
    expect(error).toBeInstanceOf(RecountError);
    expect(error?.message).toBe(
      'the social card of /filings/x/overview/ cannot draw "奇富科技" in its title: Inter, the card\'s font, has no glyph for it',
    );
    expect(error?.location).toEqual({ file: "x.mdx", line: 1 });
    expect(error?.hint).toMatch(/^cards draw Latin, Greek, Cyrillic and Vietnamese text/);
  },
);

test("a card in the scripts Inter has is drawn: Latin with accents, Greek, Cyrillic, Vietnamese", async () => {
  const started = performance.now();
  const png = await threads.draw(card("Łódź, Ελλάδα, Москва, Việt Nam: résumé"));
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(performance.now() - started).toBeLessThan(30_000);
});
