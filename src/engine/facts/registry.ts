import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Location } from "#engine/diagnostics/recount-error.ts";
import { RecountError, RecountErrors } from "#engine/diagnostics/recount-error.ts";
import { closest } from "./closest.ts";
import type { Fact } from "./fact.ts";
import { loadFacts } from "./load.ts";
import type { LoadedFacts } from "./load.ts";
import { kept } from "#engine/state/state.ts";

export interface FactsRegistry {
  /** The ids of the filings that have a facts file. */
  readonly filings: readonly string[];
  /** A filing's facts and the errors found in them, loaded once, however often they are asked for. */
  read(filing: string): LoadedFacts;
  /** A filing's facts, as `read` gives them; throws RecountErrors when a fact is not found at its anchor (candidates left to review do not stop it). */
  load(filing: string): LoadedFacts;
  /**
   * A fact by reference: `filing-id/fact.id`, or a bare `fact.id` of the current `filing`. `at` is where the
   * reference is written, for the error when there is no such fact: a function is asked only then.
   */
  fact(ref: string, options?: { filing?: string; at?: Location | (() => Location) }): Fact;
}

/** The facts of every filing under `contentDir` (one folder per filing), loaded as they are asked for. */
export function factsRegistry(
  contentDir = "content/filings",
  { root = process.cwd() }: { root?: string } = {},
): FactsRegistry {
  const directory = join(root, contentDir);
  const filings = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(directory, entry.name, "facts.yaml")))
    .map((entry) => entry.name)
    .sort();
  const loaded = new Map<string, LoadedFacts>();
  return registry(filings, (filing) => {
    let facts = loaded.get(filing);
    if (!facts) loaded.set(filing, (facts = loadFacts(join(directory, filing), { root })));
    return facts;
  });
}

/** The facts a verification loaded, as a registry: what the site prints, read nowhere else. */
export function loadedFactsRegistry(loaded: readonly LoadedFacts[]): FactsRegistry {
  const byFiling = new Map(loaded.map((facts) => [facts.filing, facts]));
  return registry([...byFiling.keys()].sort(), (filing) => {
    const facts = byFiling.get(filing);
    if (!facts) throw new RecountError(`filing "${filing}" has no facts in the verified report`);
    return facts;
  });
}

function registry(filings: readonly string[], read: (filing: string) => LoadedFacts): FactsRegistry {
  function load(filing: string): LoadedFacts {
    const facts = read(filing);
    if (!facts.anchored) throw new RecountErrors(facts.errors);
    return facts;
  }

  function fact(
    ref: string,
    { filing: current, at: where }: { filing?: string; at?: Location | (() => Location) } = {},
  ): Fact {
    const at = () => (typeof where === "function" ? where() : where);
    const filing = referencedFiling(ref, current);
    const id = ref.slice(ref.indexOf("/") + 1);
    if (filing === undefined) {
      throw new RecountError(`fact "${ref}" names no filing`, {
        location: at(),
        hint: `write it as "<filing-id>/${id}", or give the current filing`,
      });
    }
    if (!filings.includes(filing)) {
      throw new RecountError(`unknown filing "${filing}" in fact "${ref}"`, {
        location: at(),
        hint: `filings with facts: ${filings.join(", ") || "none"}`,
      });
    }
    const { facts } = load(filing);
    const found = facts.get(id);
    if (!found) {
      const suggestions = closest(id, facts.keys()).map((name) => `"${name}"`);
      const last = suggestions.pop();
      throw new RecountError(`unknown fact "${id}" in filing ${filing}`, {
        location: at(),
        hint: last
          ? `did you mean ${suggestions.length ? `${suggestions.join(", ")} or ${last}` : last}?`
          : `filing ${filing} has no facts yet`,
      });
    }
    return found;
  }

  return { filings, read, load, fact };
}

/** The filing a fact reference names: the part before its slash, or else the current filing. */
export function referencedFiling(ref: string, current: string | undefined): string | undefined {
  const slash = ref.indexOf("/");
  return slash < 0 ? current : ref.slice(0, slash);
}

const shared = kept<FactsRegistry | undefined>("facts of content/filings, for fact()", () => undefined);

/** A fact of the project's filings (content/filings), by `filing-id/fact.id` or a bare id of `filing`. */
export function fact(ref: string, options?: { filing?: string; at?: Location | (() => Location) }): Fact {
  return (shared.get() ?? shared.set(factsRegistry())).fact(ref, options);
}
