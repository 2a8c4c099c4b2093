import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { RecountError, type Location } from "#engine/diagnostics/recount-error.ts";
import type { Card } from "./social-card.ts";

/** Draws a card as a PNG, or throws the RecountError an editor acts on (see draw-card.ts). */
export type DrawCard = (card: Card, page?: string, source?: string) => Promise<Buffer>;

/** What a drawing thread is asked, and answers. */
export interface CardRequest {
  readonly id: number;
  readonly card: Card;
  readonly page?: string;
  readonly source?: string;
}
export type CardAnswer =
  | { readonly id: number; readonly png: Uint8Array }
  | { readonly id: number; readonly error: { message: string; hint?: string; location?: Location } };

/**
 * Threads that draw cards, one per core. Laying a card out (satori) and encoding its PNG (resvg's `asPng`)
 * run on the thread that draws it, about 30 ms of a card's 50: on the build's own thread, a 2,000-page
 * site's cards took 97 s with the other core idle. `close` ends the threads.
 */
export function cardThreads(count = availableParallelism()): { draw: DrawCard; close(): Promise<void> } {
  const threads: Worker[] = [];
  const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  // Started at the first card to draw: a build whose cards all come from the cache loads no renderer.
  const start = () => {
    for (let i = 0; i < count; i++) threads.push(listen(new Worker(new URL("./card-worker.ts", import.meta.url))));
  };
  const listen = (thread: Worker) => {
    thread.on("message", (answer: CardAnswer) => {
      const asked = waiting.get(answer.id)!;
      waiting.delete(answer.id);
      if ("png" in answer) asked.resolve(Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength));
      else asked.reject(new RecountError(answer.error.message, answer.error));
    });
    // A thread that fails (not a card the editor can fix) fails the build: every card waiting, and any asked
    // after, which a thread that has ended would never answer.
    thread.on("error", (error: Error) => {
      failed = error;
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    });
    return thread;
  };
  let next = 0;
  let failed: Error | undefined;
  return {
    draw: (card, page, source) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        if (!threads.length) start();
        const id = next++;
        waiting.set(id, { resolve, reject });
        threads[id % threads.length]!.postMessage({ id, card, page, source } satisfies CardRequest);
      }),
    close: async () => {
      await Promise.all(threads.map((thread) => thread.terminate()));
    },
  };
}
