import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// Fonts for the preview images, from packages, so a build draws the same picture on every machine:
// KaTeX's Computer Modern-like serif for titles (shipped with katex, which the pages already use)
// and DejaVu Sans for labels and figures (it has the superscript digits and minus Plot's log axes use).
const require = createRequire(import.meta.url);
const load = (specifier: string) => readFileSync(require.resolve(specifier));

let cache: { serif: Buffer; serifBold: Buffer; sans: Buffer; sansBold: Buffer } | undefined;

export function previewFonts() {
  cache ??= {
    serif: load("katex/dist/fonts/KaTeX_Main-Regular.ttf"),
    serifBold: load("katex/dist/fonts/KaTeX_Main-Bold.ttf"),
    sans: load("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
    sansBold: load("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  };
  return cache;
}

/** The family names the fonts carry inside (what resvg matches against font-family). */
export const fontFamilies = { serif: "KaTeX_Main", sans: "DejaVu Sans" } as const;
