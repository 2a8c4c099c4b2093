import { countNouns } from "./counts.ts";
import { slug } from "./ids.ts";
import { words } from "./words.ts";

/**
 * The names a text gives its issuer where it states its listing: "UPS (NYSE: UPS)", "Abiomed, Inc. (NASDAQ:
 * ABMD)": the name before the brackets and the ticker in them.
 */
export function issuerNames(text: string): string[][] {
  const listed =
    /((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*?)(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|N\.V|S\.A)\.?)?\s*\((?:NYSE|NASDAQ|Nasdaq|AMEX|TSX)[^:)]*:\s*([A-Z][A-Z.]*)\)/.exec(
      text,
    );
  return listed ? [words(listed[1]!), [listed[2]!]].filter((name) => name.length) : [];
}

/**
 * A figure's name without the issuer's name it opens on ("UPS earnings climb 22%" names earnings): README leaves
 * the issuer's own name out. A name that is the issuer's alone stays, and so does a brand of its name before
 * what it counts ("683 Hot Topic stores"); inside a name ("net income attributable to Wynn Resorts") it is the
 * name's own.
 */
export function withoutIssuer(named: readonly string[], issuers: readonly (readonly string[])[]): readonly string[] {
  const issuer = issuers.find(
    (name) =>
      named.length > name.length &&
      slug(named.slice(0, name.length)) === slug(name) &&
      !countNouns.test(named[name.length]!),
  );
  return issuer ? named.slice(issuer.length) : named;
}
