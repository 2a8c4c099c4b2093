// A bare context has no `atob`, which linkedom's HTML entities decode their tables with as they load:
// this one, in the context's own realm, comes first in the charts script.
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function atob(input: string): string {
  const text = String(input).replace(/[\s=]+/g, "");
  let bits = 0;
  let count = 0;
  let output = "";
  for (const character of text) {
    const value = alphabet.indexOf(character);
    if (value < 0) throw new Error("atob: not base64");
    bits = (bits << 6) | value;
    count += 6;
    if (count >= 8) {
      count -= 8;
      output += String.fromCharCode((bits >> count) & 0xff);
    }
  }
  return output;
}

(globalThis as { atob?: typeof atob }).atob ??= atob;
