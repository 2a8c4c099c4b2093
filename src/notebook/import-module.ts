import { dirname, isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** Loads what a cell imports, given its specifier, the page's absolute path and the import's attributes. */
export type ModuleLoader = (specifier: string, context: { readonly page: string; readonly attributes: Readonly<Record<string, string>> | undefined }) => unknown;

/** What an editor needs to know when an import of a cell fails. */
export const importHint = "paths start from the page's folder; packages must be dependencies of the project";

/**
 * Node's own import: paths resolve from the page's folder, packages from the project (as ES modules, so a
 * package that ships both builds is the same instance the project's code uses).
 */
export const importModule: ModuleLoader = (specifier, { page, attributes }) => {
  const url = isAbsolute(specifier) || /^\.\.?\//.test(specifier) ? pathToFileURL(resolve(dirname(page), specifier)).href : import.meta.resolve(specifier);
  return import(/* @vite-ignore */ url, attributes && { with: attributes });
};
