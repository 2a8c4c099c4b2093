import { parentPort } from "node:worker_threads";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { CardAnswer, CardRequest } from "./card-threads.ts";
import { renderCard } from "./draw-card.ts";

// Started by card-threads.ts: draws each card it is asked for, and answers with its PNG or with the
// editor's error (fields only: an error's class does not cross threads). Any other failure ends the thread.
const answer = (message: CardAnswer) => parentPort!.postMessage(message);
parentPort!.on("message", async ({ id, card, page, source }: CardRequest) => {
  try {
    answer({ id, png: await renderCard(card, page, source) });
  } catch (error) {
    if (!(error instanceof RecountError)) throw error;
    answer({ id, error: { message: error.message, hint: error.hint, location: error.location } });
  }
});
