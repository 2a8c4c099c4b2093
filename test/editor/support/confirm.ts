import { isMap, isSeq, parseDocument } from "yaml";

/** A candidate as the editor sees it: its keys and values. */
export type Entry = Record<string, unknown>;

/**
 * What an editor does to a scaffolded facts.yaml: moves every candidate under facts: (one with an id) or
 * ignore: (one with a reason), after `edit` has changed it (filled a period, added a unit, rewritten it as
 * an ignore entry), and drops the emptied candidates: key.
 */
export function confirmAll(text: string, edit: (entry: Entry) => Entry = (entry) => entry): string {
  const document = parseDocument(text);
  const candidates = document.get("candidates");
  if (!isSeq(candidates)) throw new Error("no candidates: list");
  const facts: Entry[] = [];
  const ignore: Entry[] = [];
  for (const item of candidates.items) {
    if (!isMap(item)) throw new Error("a candidate is not a map");
    const entry = edit(item.toJSON() as Entry);
    ("reason" in entry ? ignore : facts).push(entry);
  }
  document.set("facts", document.createNode(facts));
  document.set("ignore", document.createNode(ignore));
  document.delete("candidates");
  return document.toString({ lineWidth: 0 });
}
