import type { Values } from "../model/registry";
import { preloadFigures } from "./figures/index";
import { $values } from "./store";

/**
 * A figure as a file: SVG (the figure as drawn, with the reader's values, every colour and font
 * written onto its elements, on the page's background, so it looks the same opened anywhere) or
 * PNG at twice its size. Essay figures are drawn afresh at the reader's values; lab figures are
 * taken as the page shows them (the lab redraws them from the reader's run).
 */

/** What the page's CSS decides about an SVG element's look, written onto the copy as attributes. */
const STYLED = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linecap", "stroke-linejoin",
  "opacity", "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "paint-order",
] as const;
/** Pixels per CSS pixel in the PNG. */
const PNG_SCALE = 2;

export async function downloadFigure(figure: HTMLElement, kind: "svg" | "png"): Promise<void> {
  const svg = await figureSvg(figure, $values.get());
  if (!svg) return;
  const name = figure.id;
  if (kind === "svg") return save(new Blob([svg.text], { type: "image/svg+xml" }), `${name}.svg`);
  const png = await rasterize(svg.text, svg.width, svg.height);
  if (png) save(png, `${name}.png`);
}

interface SvgFile {
  text: string;
  width: number;
  height: number;
}

/** The figure's drawing as a standalone SVG document, with its size. */
export async function figureSvg(figure: HTMLElement, values: Values): Promise<SvgFile | undefined> {
  const holders = [...figure.querySelectorAll<HTMLElement>("[data-plot]")];
  const holder = holders.find((h) => h.offsetParent !== null) ?? holders[0];
  if (!holder) return undefined;
  let live = holder.querySelector<SVGSVGElement>(":scope > svg") ?? holder.querySelector("svg");
  let scratch: HTMLElement | undefined;
  if (figure.dataset["figure"]) {
    // Drawn afresh at the reader's values, in a hidden copy of the holder so the page's CSS applies.
    scratch = document.createElement("div");
    scratch.dataset["figure"] = figure.dataset["figure"];
    // Off screen rather than hidden: visibility would be inherited into the computed styles copied below.
    scratch.style.cssText = "position:absolute;left:-10000px;top:0;width:40rem";
    scratch.setAttribute("aria-hidden", "true");
    const copy = document.createElement("div");
    copy.className = holder.className;
    copy.dataset["plot"] = holder.dataset["plot"] ?? "wide";
    copy.style.display = "block";
    scratch.append(copy);
    figure.append(scratch);
    (await preloadFigures()).drawInto(scratch, values, true);
    scratch.removeAttribute("data-figure");
    live = copy.querySelector<SVGSVGElement>(":scope > svg") ?? copy.querySelector("svg");
  }
  try {
    return live ? standalone(live, figure) : undefined;
  } finally {
    scratch?.remove();
  }
}

function standalone(live: SVGSVGElement, figure: HTMLElement): SvgFile {
  const copy = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, copy);
  for (const style of copy.querySelectorAll("style")) style.remove();
  const box = live.viewBox.baseVal;
  const width = box && box.width > 0 ? box.width : live.getBoundingClientRect().width;
  const height = box && box.height > 0 ? box.height : live.getBoundingClientRect().height;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  if (!copy.hasAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  copy.removeAttribute("class");
  copy.removeAttribute("style");
  const ns = "http://www.w3.org/2000/svg";
  const page = getComputedStyle(document.body);
  const backdrop = document.createElementNS(ns, "rect");
  for (const [k, v] of Object.entries({ x: box?.x ?? 0, y: box?.y ?? 0, width, height, fill: page.backgroundColor })) backdrop.setAttribute(k, String(v));
  const number = figure.querySelector(".fig-anchor")?.textContent?.trim().replace(/\.$/, "") ?? "Figure";
  const title = document.createElementNS(ns, "title");
  title.textContent = `${number}, ${document.title}`;
  const desc = document.createElementNS(ns, "desc");
  desc.textContent = `${figure.querySelector("[data-figure-description]")?.textContent ?? ""} From ${location.href}. Licensed CC BY 4.0.`.trim();
  copy.prepend(title, desc, backdrop);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  return { text, width, height };
}

/** Walks the live drawing and its copy together, writing each element's computed look onto the copy. */
function inlineStyles(live: Element, copy: Element): void {
  const style = getComputedStyle(live);
  const declarations = STYLED.map((p) => [p, style.getPropertyValue(p)] as const).filter(([, v]) => v !== "");
  if (declarations.length > 0) copy.setAttribute("style", declarations.map(([p, v]) => `${p}:${v}`).join(";"));
  // Attributes that name the page's colours (currentColor, var(--…)) mean nothing elsewhere; the style above has their values.
  for (const attr of ["fill", "stroke", "color"]) if (/currentColor|var\(/.test(copy.getAttribute(attr) ?? "")) copy.removeAttribute(attr);
  const liveKids = live.children;
  const copyKids = copy.children;
  for (let i = 0; i < liveKids.length && i < copyKids.length; i++) inlineStyles(liveKids[i]!, copyKids[i]!);
}

/** The SVG drawn onto a canvas at PNG_SCALE, as a PNG. The SVG goes in as a data: URL, which the CSP allows for images. */
async function rasterize(svg: string, width: number, height: number): Promise<Blob | undefined> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const context = canvas.getContext("2d");
  if (!context) return undefined;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? undefined), "image/png"));
}

function save(blob: Blob, filename: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
