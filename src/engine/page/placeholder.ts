import { RecountError } from "#engine/diagnostics/recount-error.ts";

/**
 * The words the scaffold's starter page opens its prose with, for the editor to replace. Left in, they
 * would be published as the page's text, so the check refuses a page that still holds them.
 */
export const placeholderProse = "Write here, in plain words, what this part of the filing says.";

/** An error at each line of a page that still holds the starter page's placeholder. */
export function placeholderErrors(text: string, file: string): RecountError[] {
  return text.split(/\r?\n/).flatMap((line, index) =>
    line.includes(placeholderProse)
      ? [
          new RecountError(`the starter page's placeholder is still here: "${placeholderProse}"`, {
            location: { file, line: index + 1 },
            hint: `replace the paragraph with what this part of the filing says, in plain words, attributed to the filing ("the release says")`,
          }),
        ]
      : [],
  );
}
