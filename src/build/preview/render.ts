import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { fontFamilies, previewFonts } from "./fonts";

// resvg (the SVG renderer, compiled to WebAssembly: no install script, no native binary) turns a
// card's SVG into PNG. About a second of CPU per card, so each PNG is kept in a cache keyed by its
// SVG: an unchanged card (or the same card in a second build, under another base path) is not redrawn.
const require = createRequire(import.meta.url);
const cacheDir = join(process.cwd(), ".astro", "preview-cache");
const wasm = require.resolve("@resvg/resvg-wasm/index_bg.wasm");
const resvgVersion = (JSON.parse(readFileSync(join(dirname(wasm), "package.json"), "utf8")) as { version: string }).version;
let ready: Promise<void> | undefined;

/** The card's SVG as PNG bytes at its own size. */
export async function renderPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash("sha256").update(svg).update(resvgVersion).digest("hex").slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  ready ??= initWasm(readFileSync(wasm));
  await ready;
  const fonts = previewFonts();
  const png = new Resvg(svg, {
    font: { fontBuffers: [fonts.sans, fonts.sansBold, fonts.serif, fonts.serifBold], defaultFontFamily: fontFamilies.sans, loadSystemFonts: false },
  })
    .render()
    .asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return new Uint8Array(png);
}
