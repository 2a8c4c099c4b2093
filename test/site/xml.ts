/** An element of a parsed XML document: its name, attributes, child elements and decoded text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const name = String.raw`[A-Za-z_:][\w.:-]*`;
const reference = String.raw`&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);`;
const patterns = {
  declaration: /^\uFEFF?<\?xml\s+version="1\.[0-9]"(?:\s+encoding="[\w.-]+")?(?:\s+standalone="(?:yes|no)")?\s*\?>/y,
  misc: /\s+|<!--(?:(?!--)[\s\S])*-->|<\?(?!xml\b)[A-Za-z][\s\S]*?\?>/y,
  start: new RegExp(
    `<(${name})((?:\\s+${name}\\s*=\\s*(?:"(?:[^<&"]|${reference})*"|'(?:[^<&']|${reference})*'))*)\\s*(/?)>`,
    "y",
  ),
  attribute: new RegExp(`(${name})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g"),
  end: new RegExp(`</(${name})\\s*>`, "y"),
  text: new RegExp(`(?:[^<&]|${reference})+`, "y"),
  cdata: /<!\[CDATA\[([\s\S]*?)\]\]>/y,
};

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (_, entity: string) =>
    entity.startsWith("#x")
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith("#")
        ? String.fromCodePoint(Number(entity.slice(1)))
        : entities[entity]!,
  );
}

/**
 * Parses an XML document, failing on anything that is not well-formed: unbalanced or mismatched tags,
 * unquoted or repeated attributes, a bare "&" or "<", text or a second element outside the root.
 * Strict enough for feeds and sitemaps; it reads no DTD, and needs none for them.
 */
export function parseXml(source: string): XmlElement {
  let at = 0;
  let token = 0;
  const fail = (what: string): never => {
    throw new Error(
      `not well-formed XML at offset ${token}: ${what} (${JSON.stringify(source.slice(token, token + 40))})`,
    );
  };
  const take = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (match) at = pattern.lastIndex;
    return match;
  };
  const skipMisc = () => {
    while (take(patterns.misc));
  };

  take(patterns.declaration);
  skipMisc();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  do {
    token = at;
    const start = take(patterns.start);
    if (start) {
      const attributes: Record<string, string> = {};
      for (const [, name, double, single] of start[2]!.matchAll(patterns.attribute)) {
        const key = name!;
        if (key in attributes) fail(`attribute ${key} repeated`);
        attributes[key] = decode(double ?? single!);
      }
      const element: XmlElement = { name: start[1]!, attributes, children: [], text: "" };
      if (stack.length > 0) stack.at(-1)!.children.push(element);
      else if (root) fail("a second root element");
      else root = element;
      if (start[3] !== "/") stack.push(element);
      continue;
    }
    if (stack.length === 0) fail("expected the root element");
    const end = take(patterns.end);
    if (end) {
      const open = stack.pop()!;
      if (end[1] !== open.name) fail(`</${end[1]}> closes <${open.name}>`);
      continue;
    }
    const text = take(patterns.text) ?? take(patterns.cdata);
    if (text) {
      stack.at(-1)!.text += text[1] ?? decode(text[0]);
      continue;
    }
    if (!take(patterns.misc)) fail("unexpected markup");
  } while (stack.length > 0);
  skipMisc();
  token = at;
  if (at < source.length) fail("content after the root element");
  return root!;
}

/** The descendants of an element with the given name, in document order. */
export function descendants(element: XmlElement, tag: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === tag ? [child] : []), ...descendants(child, tag)]);
}
