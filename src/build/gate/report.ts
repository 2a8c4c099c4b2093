import { resolve } from "node:path";
import { currentFacts } from "#engine/facts/current.ts";
import { loadedFactsRegistry, type FactsRegistry } from "#engine/facts/registry.ts";
import type { Notebook } from "#engine/notebook/run-notebook.ts";
import { handedOver, kept } from "#engine/state/state.ts";
import { verify, type Report } from "#engine/verify/verify.ts";

/**
 * The build gate's report, handed on to the pages built in the same process, so that a build runs each
 * notebook once: the gate verifies everything before any page is written (on a worker thread, see
 * gate.ts), and the pages then render from its results. Handed over (engine/state/state.ts) because the gate
 * (loaded with the config) and the pages (loaded from the build's bundle) are separate copies of these modules.
 */
const shared = handedOver(
  "the gate's report, by project",
  () => new Map<string, { readonly report: Report; readonly notebooks: ReadonlyMap<string, Notebook> }>(),
);

/** Shares the report. */
export function shareReport(root: string, report: Report): void {
  // Indexed by page, which each page's module looks itself up by.
  const notebooks = new Map(report.notebooks.map((notebook) => [notebook.file, notebook]));
  shared.get().set(resolve(root), { report, notebooks });
}

/** The report the gate made for `root` in this process, if it made one. */
export function sharedReport(root = process.cwd()): Report | undefined {
  return shared.get().get(resolve(root))?.report;
}

/** A page's notebook as the gate ran it, if it did. */
export function sharedNotebook(file: string, root = process.cwd()): Notebook | undefined {
  return shared.get().get(resolve(root))?.notebooks.get(file);
}

const built = kept<Promise<Report> | undefined>("the report the pages publish", () => undefined);

/**
 * The verification report the pages publish (ledger, source page, downloads). A build takes the one its
 * gate made; `astro dev` computes it afresh for each page so that it follows the editor's changes.
 */
export function siteReport(): Promise<Report> {
  if (!import.meta.env.RECOUNT_BUILD) return verify();
  return built.get() ?? built.set(Promise.resolve(sharedReport() ?? verify()));
}

const facts = kept<Promise<FactsRegistry> | undefined>("the facts the pages print", () => undefined);

/**
 * The facts the pages print: in a build, those of the report, read once with their source texts when the
 * content was verified, so a file saved during the build is never published; in `astro dev`, as they are
 * on disk now (verifying the whole site for each `<Fact>` would not follow an editor's typing).
 */
export function siteFacts(): Promise<FactsRegistry> {
  if (!import.meta.env.RECOUNT_BUILD) return Promise.resolve(currentFacts());
  return facts.get() ?? facts.set(siteReport().then((report) => loadedFactsRegistry(report.facts)));
}

/** A filing's source text as the report read it (see `siteFacts`). */
export function reportSource(report: Report, filing: string): string {
  const source = report.facts.find((loaded) => loaded.filing === filing)?.source;
  if (!source) throw new Error(`the verified report holds no source text for filing "${filing}"`);
  return source.raw;
}
