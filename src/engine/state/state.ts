/**
 * What Recount keeps in a process from one call to the next, in one place: each module that keeps something
 * declares it here as a slot, by name, so that this is the one list of it and `resetState()` forgets all of
 * it. The unit tests call that before each test file (test/support/reset-state.ts), since they share one
 * worker's modules (`isolate: false`) and a file must not find what another left behind.
 *
 * Two kinds of slot:
 * - `kept`: what a module has read or computed and reuses while its inputs stay the same (a filing's facts,
 *   a page's parse and its last run, the project's limits). Each copy of the modules keeps its own, since an
 *   object made by one copy's code is not of the other copy's classes.
 * - `handedOver`: what the build's gate hands to its pages (the report, the charts it admitted, the checks its
 *   ledger recorded). A build loads the modules twice, with the config (the gate) and from the bundle (the
 *   pages), so these slots are on `globalThis`, where both copies find them.
 *
 * Not here: what depends on the code alone, the same for every project and every test (the sandbox's
 * bundled scripts, lookup tables), and the page runners, which are processes (engine/sandbox/runners.ts).
 */
export interface Slot<T> {
  get(): T;
  /** Sets the value and returns it. */
  set<V extends T>(value: V): V;
}

const keptValues = new Map<string, unknown>();
const handedOverValues: Map<string, unknown> = ((globalThis as { [key: symbol]: Map<string, unknown> })[
  Symbol.for("recount.handed-over")
] ??= new Map());
const declared = new Set<string>();

function slot<T>(values: Map<string, unknown>, name: string, initial: () => T): Slot<T> {
  declared.add(name);
  return {
    get: () => (values.has(name) ? values.get(name) : values.set(name, initial()).get(name)) as T,
    set: <V extends T>(value: V) => (values.set(name, value), value),
  };
}

/** A slot this copy of the modules keeps for itself, `initial()` until it is set. */
export function kept<T>(name: string, initial: () => T): Slot<T> {
  // A module evaluated again (a dev server's update to it) declares its slots again, and starts them afresh.
  keptValues.delete(name);
  return slot(keptValues, name, initial);
}

/**
 * A slot the build's two copies of the modules share, `initial()` until it is set: the second copy to declare
 * it finds what the first set.
 */
export function handedOver<T>(name: string, initial: () => T): Slot<T> {
  return slot(handedOverValues, name, initial);
}

/** The slots declared so far, by name. */
export function stateSlots(): string[] {
  return [...declared];
}

/** Forgets everything kept and handed over: each slot is its initial value again when next read. */
export function resetState(): void {
  keptValues.clear();
  handedOverValues.clear();
}
