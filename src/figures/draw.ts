import * as Plot from "@observablehq/plot";
import { liveMarksOf, tagLiveMarks } from "./live";
import { type BoundFigure, layouts, type LayoutName } from "./types";

/**
 * Draws a figure at one layout into a document: linkedom's at build time, the page's in the
 * browser. The one way every figure, essay or lab, is drawn. A drawing for the page (`forPage`)
 * tags its live marks, so `moveLiveMarks` can find them; the build's SVG stays untagged.
 */
export function plotFigure(figure: BoundFigure, layout: LayoutName, document: Document, forPage = false): SVGSVGElement | HTMLElement {
  const options = figure.build(layouts[layout]);
  if (forPage) tagLiveMarks(options);
  return Plot.plot({ ...options, document });
}

/** Scales a live mark may read; the figure's own scales are passed on as they were drawn. */
const scaleNames = ["x", "y", "fx", "fy", "r", "color", "opacity", "length", "symbol"] as const;
type Scaled = Element & { scale?: (name: string) => Plot.ScaleOptions | undefined };

/**
 * Re-renders only the live marks of a figure drawn for the page, through that drawing's own scales
 * (Plot exposes them on the rendered figure), and swaps them into place. Returns false, changing
 * nothing, when it cannot: a build-time drawing (no scales), or live marks that do not line up.
 */
export function moveLiveMarks(drawn: Element, figure: BoundFigure, layout: LayoutName, document: Document): boolean {
  const scaled = drawn as Scaled;
  if (typeof scaled.scale !== "function") return false;
  const options = figure.build(layouts[layout]);
  const count = tagLiveMarks(options);
  const old = liveElements(drawn, count);
  if (count === 0 || !old) return false;
  const scales: Record<string, Plot.ScaleOptions> = {};
  for (const name of scaleNames) {
    const scale = scaled.scale(name);
    if (scale) scales[name] = { ...scale, ...(name === "x" || name === "y" || name === "fx" || name === "fy" ? { axis: null } : {}) };
  }
  const partial = Plot.plot({ ...options, ...scales, marks: liveMarksOf(options), document });
  const fresh = liveElements(partial, count);
  if (!fresh) return false;
  old.forEach((el, k) => el.replaceWith(fresh[k]!));
  return true;
}

/** The elements of live marks 0..count-1, direct children of the drawing's svg, or undefined if any is missing. */
function liveElements(drawn: Element, count: number): Element[] | undefined {
  const svg = drawn.tagName.toLowerCase() === "svg" ? drawn : drawn.querySelector("svg");
  if (!svg) return undefined;
  const found: Element[] = [];
  for (const child of svg.children) {
    const k = /\blive-(\d+)\b/.exec(child.getAttribute("class") ?? "")?.[1];
    if (k !== undefined) found[Number(k)] = child;
  }
  for (let k = 0; k < count; k++) if (!found[k]) return undefined;
  return found.length === count ? found : undefined;
}
