import { expect, test } from "vitest";
import { cardThreads } from "#build/cards/card-threads.ts";
import type { Card } from "#build/cards/social-card.ts";

const card: Card = {
  site: "Recount",
  context: "Demo Lending · Form 20-F filed 28 March 2024",
  title: "Revenues by segment",
  figure: "Revenues add up: loan facilitation and platform fees make up total revenues.",
  tally: "2 checks, all hold",
};

test("a drawing thread that fails fails the cards asked of it and every card after, never leaving one waiting", async () => {
  const threads = cardThreads(1);
  try {
    // Not a card an editor wrote: a title that is not text fails inside the renderer, not as an editor's error.
    const broken = { ...card, title: undefined as unknown as string };
    await expect(threads.draw(broken)).rejects.toThrow("Cannot read properties of undefined");
    await expect(threads.draw(card)).rejects.toThrow("Cannot read properties of undefined");
  } finally {
    await threads.close();
  }
});

test("cards asked of threads come back as PNGs, each its own", async () => {
  const threads = cardThreads(2);
  try {
    const pngs = await Promise.all(["One", "Two", "Three"].map((title) => threads.draw({ ...card, title })));
    for (const png of pngs) expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(new Set(pngs.map((png) => png.toString("base64"))).size).toBe(3);
  } finally {
    await threads.close();
  }
});
