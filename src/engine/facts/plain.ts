/**
 * The text a reader sees in a Markdown-ish source: backslash escapes resolved (`US\$300` reads
 * `US$300`), bold markers dropped, and every run of whitespace read as one space. `offsets[i]` is the
 * offset in `raw` of `text[i]`, so a passage found in the plain text maps back to the raw file.
 */
export function plain(raw: string): { text: string; offsets: number[] } {
  let text = "";
  let last = "";
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === "\\" && isPunctuation(raw[i + 1])) continue;
    if (char === "*" && raw[i + 1] === "*") {
      i++;
      continue;
    }
    const space = isSpace(char);
    if (space && last === " ") continue;
    last = space ? " " : char;
    text += last;
    offsets.push(i);
  }
  return { text, offsets };
}

/** The plain text of a passage an editor typed or the source prints, trimmed. */
export function plainText(raw: string): string {
  // Most passages are plain already: no escapes, no bold markers, only single spaces.
  return /[\\*]|[^\S ]| {2}/.test(raw) ? plain(raw).text.trim() : raw.trim();
}

/**
 * Curly quotes read as straight ones, and fullwidth digits and separators ("３，４００") as ASCII ones, so
 * that a quote typed on a keyboard matches a typeset source and every number is found and read.
 * One character for one, so offsets are unchanged.
 */
export function fold(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[０-９，．％－]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** Whether a character is whitespace; printable ASCII other than the space never is, and is most of the text. */
function isSpace(char: string): boolean {
  return char === " " || ((char < "!" || char > "~") && /\s/.test(char));
}

function isPunctuation(char: string | undefined): boolean {
  return char !== undefined && /[!-/:-@[-`{-~]/.test(char);
}
