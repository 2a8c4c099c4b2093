import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import satori from "satori";
import { RecountError } from "#engine/diagnostics/recount-error.ts";
import { cardSize, type Card } from "./social-card.ts";

// Inter from its package, read once, in every script it has: satori draws text as paths, so the PNG needs
// no font at all, and no font is looked up on the machine, which would make the bytes depend on it.
const require = createRequire(import.meta.url);
const scripts = ["latin", "latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese"] as const;
const font = (script: (typeof scripts)[number], weight: 400 | 700) => ({
  // One name per script: satori keeps one font of a name, weight and style, and falls back across names.
  name: `Inter ${script}`,
  weight,
  style: "normal" as const,
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${script}-${weight}-normal.woff`)),
});
const fonts = scripts.flatMap((script) => [font(script, 400), font(script, 700)]);

// The site's light colours (tokens.css): text, muted text, background, rule, and the first chart colour.
const colours = { text: "#1d1d1f", muted: "#55555d", background: "#fdfdfc", surface: "#f3f3f1", accent: "#00558c" };

/**
 * A 1200 × 630 PNG of `card`, the same bytes for the same card on every build. resvg draws it on a thread
 * of libuv's pool: drawing and compressing the pixels takes four fifths of a card's time, and cards drawn
 * at once share the machine's cores.
 */
export async function renderCard(card: Card, page = "a page", source?: string): Promise<Buffer> {
  // Satori asks for another font for text its fonts have no glyphs for, and would draw a "NO GLYPH" box.
  const missing: string[] = [];
  const options = {
    fonts,
    loadAdditionalAsset: async (_language: string, segment: string) => {
      missing.push(segment);
      return [];
    },
  };
  const needed = await cardHeight(card, options);
  if (missing.length) throw noGlyph(card, page, missing, source);
  if (needed > cardSize.height) throw overflowing(page, needed, source);
  const svg = await satori(frame(layout(card)) as Parameters<typeof satori>[0], { ...cardSize, ...options });
  return (await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: "original" } })).asPng();
}

/**
 * How tall the card's content is when nothing limits its height: satori lays it out at the card's width
 * alone, so the frame grows to hold all its text, and a card taller than it may be would be cut off.
 */
export async function cardHeight(card: Card, options: Omit<Parameters<typeof satori>[1], "width" | "height">) {
  let height = 0;
  await satori(frame(layout(card)) as Parameters<typeof satori>[0], {
    ...options,
    width: cardSize.width,
    onNodeDetected: (node) => {
      height = Math.max(height, node.top + node.height);
    },
  });
  return height;
}

/** A card whose text does not fit it, named by the page, for the editor to shorten. */
function overflowing(page: string, needed: number, source?: string): RecountError {
  return new RecountError(
    `the social card of ${page} does not fit its text: it needs ${Math.ceil(needed)} px of the card's ${cardSize.height}, and the rest would be cut off`,
    {
      ...(source ? { location: { file: source, line: 1 } } : {}),
      hint: "shorten the page's title (three lines of the card at most, about 60 characters at its largest size, 100 at its smaller)",
    },
  );
}

/** A card whose text its font cannot draw, named by the page and the words, for the editor to change. */
function noGlyph(card: Card, page: string, segments: readonly string[], source?: string): RecountError {
  const characters = [...new Set(segments.join(""))].filter((character) => !/\s/.test(character)).join("");
  const field = (["title", "context", "figure", "tally"] as const).find((key) =>
    [...characters].some((character) => card[key].includes(character)),
  );
  const where =
    field === "context"
      ? "the filing's issuer or form"
      : field === "figure" || field === "tally"
        ? "its key finding"
        : "its title";
  return new RecountError(
    `the social card of ${page} cannot draw "${characters}" in ${where}: Inter, the card's font, has no glyph for it`,
    {
      ...(source ? { location: { file: source, line: 1 } } : {}),
      hint: "cards draw Latin, Greek, Cyrillic and Vietnamese text: give the page's title (and the filing's issuer) in those scripts, and the name in its own script in the page's prose",
    },
  );
}

type Node = {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
};
const div = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
  type: "div",
  props: { style: { display: "flex", ...style }, children },
});

// The card's frame: an accent rule down the left edge, then a column of text this wide.
const accent = 24;
const padding = { x: 72, y: 52 };
const column = cardSize.width - accent - 2 * padding.x;

/** The accent rule behind the card's content, which starts past it; at least as tall as the card, taller if the content is. */
function frame(content: Node): Node {
  return div({ width: cardSize.width, minHeight: cardSize.height, background: colours.accent }, [content]);
}

/** Site and context at the top, the title, and at the foot the key figure in a box and the tally under it. */
function layout({ site, context, title, figure, tally }: Card): Node {
  return div(
    {
      width: cardSize.width - accent,
      minHeight: cardSize.height,
      marginLeft: accent,
      boxSizing: "border-box",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: `${padding.y}px ${padding.x}px`,
      background: colours.background,
      color: colours.text,
      fontFamily: scripts.map((script) => `Inter ${script}`).join(", "),
    },
    [
      div({ width: column, flexDirection: "column" }, [
        div({ fontSize: 34, fontWeight: 700, color: colours.accent }, site),
        div({ fontSize: 28, color: colours.muted, marginTop: 8 }, context),
      ]),
      div(
        { width: column, fontSize: title.length > 60 ? 52 : 64, fontWeight: 700, lineHeight: 1.15, marginTop: 16 },
        title,
      ),
      div({ width: column, flexDirection: "column", marginTop: 16 }, [
        div(
          {
            boxSizing: "border-box",
            fontSize: 28,
            lineHeight: 1.35,
            padding: "18px 26px",
            background: colours.surface,
            borderRadius: 12,
          },
          figure,
        ),
        div({ fontSize: 26, fontWeight: 700, color: colours.muted, marginTop: 12 }, tally),
      ]),
    ],
  );
}
