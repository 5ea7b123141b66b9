import satori from "satori";
import { fontFamilies, previewFonts } from "./fonts";

/** The preview image's size: what Open Graph and Twitter's large card show without cropping. */
export const cardSize = { width: 1200, height: 630 } as const;

/** What one preview says: a small line above, the title, a line under it, and a figure (SVG markup) or a headline number. */
export interface CardContent {
  readonly kicker: string;
  readonly title: string;
  readonly subtitle?: string;
  /** The key figure, drawn at build time at the default values (its own SVG, with viewBox). */
  readonly figureSvg?: string;
  /** Shown large when there is no figure, or beside it on the cover: "99.9%", with what it is. */
  readonly headline?: { readonly value: string; readonly caption: string };
}

const colours = { bg: "#fdfcf9", fg: "#1d1d1f", muted: "#5c5c66", accent: "#2f66a8", rule: "#dedbd2" } as const;
const pad = 56;

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});

/**
 * The card as one SVG: satori lays out the text (as outlines, so no font is needed to show it) and
 * leaves the rest of the card for the figure; the figure's own SVG is then nested in that box, scaled
 * to fit, so its lines stay vector and its labels are drawn by the renderer with DejaVu Sans.
 */
export async function cardSvg(card: CardContent): Promise<string> {
  const fonts = previewFonts();
  const frame = { width: cardSize.width - 2 * pad, height: cardSize.height - 2 * pad };
  const tree = el(
    "div",
    { width: cardSize.width, height: cardSize.height, display: "flex", background: colours.bg, color: colours.fg, fontFamily: "Serif", borderTop: `12px solid ${colours.accent}` },
    el(
      "div",
      { width: frame.width, height: frame.height - 12, margin: `${pad - 12}px ${pad}px ${pad}px`, display: "flex", flexDirection: "column" },
      el("div", { fontFamily: "Sans", fontSize: 22, letterSpacing: 2, color: colours.muted, textTransform: "uppercase" }, card.kicker),
      el("div", { fontSize: card.title.length > 40 ? 54 : 64, fontWeight: 700, lineHeight: 1.12, marginTop: 12 }, card.title),
      ...(card.subtitle ? [el("div", { fontSize: 28, lineHeight: 1.3, marginTop: 14, color: colours.muted, lineClamp: 2 }, card.subtitle)] : []),
      ...(card.headline
        ? [
            el(
              "div",
              { display: "flex", alignItems: "center", marginTop: 22 },
              el("div", { fontFamily: "Sans", fontWeight: 700, fontSize: 64, color: colours.accent, marginRight: 24 }, card.headline.value),
              el("div", { fontFamily: "Sans", fontSize: 24, lineHeight: 1.35, color: colours.fg, flex: 1 }, card.headline.caption),
            ),
          ]
        : []),
      ...(card.figureSvg
        ? [el("div", { display: "flex", flexGrow: 1, marginTop: 24 }, { type: "img", props: { src: placeholder, style: { width: "100%", height: "100%" } } })]
        : []),
    ),
  );
  const svg = await satori(tree as never, {
    width: cardSize.width,
    height: cardSize.height,
    fonts: [
      { name: "Serif", data: fonts.serif, weight: 400 },
      { name: "Serif", data: fonts.serifBold, weight: 700 },
      { name: "Sans", data: fonts.sans, weight: 400 },
      { name: "Sans", data: fonts.sansBold, weight: 700 },
    ],
  });
  if (!card.figureSvg) return svg;
  return svg.replace(/<image x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*\/>/, (_, x: string, y: string, w: string, h: string) => nested(card.figureSvg!, { x, y, w, h }));
}

/** A 1x1 GIF: satori wants an image to lay out; the figure replaces it. */
const placeholder = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";

/** The figure's SVG as a nested <svg> at the placeholder's place, in the page's ink colour and the preview's sans font. */
function nested(svg: string, at: { x: string; y: string; w: string; h: string }): string {
  const [, attrs = "", body = ""] = /^<svg\b([^>]*)>([\s\S]*)<\/svg>$/.exec(svg.trim()) ?? [];
  const kept = attrs.replace(/\s(width|height|x|y|font-family|color|class)="[^"]*"/g, "");
  // The renderer knows no CSS variables; figures give each a fallback colour ("var(--lab-rl, #d0592c)"), which is what a page without the variable shows.
  const plain = body.replace(/var\(--[\w-]+,\s*([^()]+?)\s*\)/g, "$1");
  return `<svg x="${at.x}" y="${at.y}" width="${at.w}" height="${at.h}"${kept} font-family="${fontFamilies.sans}" color="${colours.fg}">${plain}</svg>`;
}
