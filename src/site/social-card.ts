import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import satori from "satori";

/** What a page's social card says: the site, where the page belongs, its title, and its key figure or finding. */
export interface Card {
  readonly site: string;
  /** The filing the page explains ("Qifu Technology, Form 6-K filed 27 September 2024"), or what the site is. */
  readonly context: string;
  readonly title: string;
  /** The page's key figure or finding, in words made from its checks and outputs; or what the page is. */
  readonly figure: string;
}

export const cardSize = { width: 1200, height: 630 } as const;

// Inter from its package, read once: satori draws text as paths, so the PNG needs no font at all,
// and no font is looked up on the machine, which would make the bytes depend on it.
const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => ({
  name: "Inter",
  weight,
  style: "normal" as const,
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
});
const fonts = [font(400), font(700)];

// The site's light colours (tokens.css): text, muted text, background, rule, and the first chart colour.
const colours = { text: "#1d1d1f", muted: "#55555d", background: "#fdfdfc", surface: "#f3f3f1", accent: "#00558c" };

/**
 * A 1200 × 630 PNG of `card`, the same bytes for the same card on every build. resvg draws it on a thread
 * of libuv's pool: drawing and compressing the pixels takes four fifths of a card's time, and cards drawn
 * at once share the machine's cores.
 */
export async function renderCard(card: Card): Promise<Buffer> {
  const svg = await satori(frame(layout(card)) as Parameters<typeof satori>[0], { ...cardSize, fonts });
  return (await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: "original" } })).asPng();
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const div = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({ type: "div", props: { style: { display: "flex", ...style }, children } });

// The card's frame: an accent rule down the left edge, then a column of text this wide.
const accent = 24;
const padding = { x: 72, y: 52 };
const column = cardSize.width - accent - 2 * padding.x;

/** The accent rule behind the card's content, which starts past it. */
function frame(content: Node): Node {
  return div({ width: cardSize.width, height: cardSize.height, background: colours.accent }, [content]);
}

/** Site and context at the top, the title, and the key figure in a box at the foot; each cut off at its lines. */
function layout({ site, context, title, figure }: Card): Node {
  return div(
    {
      width: cardSize.width - accent,
      height: cardSize.height,
      marginLeft: accent,
      boxSizing: "border-box",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: `${padding.y}px ${padding.x}px`,
      background: colours.background,
      color: colours.text,
      fontFamily: "Inter",
    },
    [
      div({ width: column, flexDirection: "column" }, [
        div({ fontSize: 34, fontWeight: 700, color: colours.accent }, site),
        div({ fontSize: 28, color: colours.muted, marginTop: 8 }, context),
      ]),
      div({ width: column, fontSize: title.length > 60 ? 52 : 64, fontWeight: 700, lineHeight: 1.15, maxHeight: 3 * 1.15 * 64, overflow: "hidden" }, title),
      div({ width: column, boxSizing: "border-box", fontSize: 28, lineHeight: 1.35, padding: "18px 26px", background: colours.surface, borderRadius: 12, maxHeight: 3 * 1.35 * 28 + 36, overflow: "hidden" }, figure),
    ],
  );
}
