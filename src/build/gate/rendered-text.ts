import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { digest } from "#engine/text/digest.ts";
import type { VerifiedNotebook } from "#engine/verify/verify.ts";

/**
 * Each page's text as the build renders it, held to the text its verification read. The bundler reads a
 * page again to render it, apart from the verification: a page saved between the two readings, or changed
 * by a plugin that transforms it before Recount's, would be published with text that was never verified.
 */
export function renderedTexts() {
  const digests = new Map<string, string>();
  return {
    /** Takes a page's text as the notebooks' plugin transforms it (`file` relative to the root, as reports name pages). */
    read(file: string, text: string): void {
      digests.set(file, digest(text));
    },
    /** The pages read for rendering whose text is not the text `report` verified, each as an error at its page. */
    unverified({ notebooks }: { notebooks: readonly Pick<VerifiedNotebook, "file" | "textDigest">[] }): RecountError[] {
      const verified = new Map(notebooks.map(({ file, textDigest }) => [file, textDigest]));
      return [...digests]
        .filter(([file, rendered]) => verified.get(file) !== rendered)
        .map(([file]) => changed(file, verified.has(file)));
    },
  };
}

function changed(file: string, verified: boolean): RecountError {
  return new RecountError(
    verified
      ? "the page's text that the build read to render it is not the text it verified: the page changed in between"
      : "the build read this page to render it, but verified no page of that name",
    {
      location: { file, line: 1 },
      hint: "build again, without saving pages while it runs; if no page was saved, a Vite plugin listed before Recount's changes pages: remove it, or list it after",
    },
  );
}
