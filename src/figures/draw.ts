import * as Plot from "@observablehq/plot";
import { isLive, tagMarks } from "./live";
import { type BoundFigure, layouts, type LayoutName } from "./types";

/**
 * Draws a figure at one layout into a document: linkedom's at build time, the page's in the
 * browser. The one way every figure, essay or lab, is drawn. A drawing for the page (`forPage`)
 * tags each mark's element with its place (see live.ts), so `moveLiveMarks` can find the live
 * ones again; the build's SVG stays untagged.
 */
export function plotFigure(figure: BoundFigure, layout: LayoutName, document: Document, forPage = false): SVGSVGElement | HTMLElement {
  const options = figure.build(layouts[layout]);
  if (forPage) tagMarks(options);
  return Plot.plot({ ...options, document });
}

/** Scales a live mark may read; the figure's own scales are passed on as they were drawn. */
const scaleNames = ["x", "y", "fx", "fy", "r", "color", "opacity", "length", "symbol"] as const;
type Scaled = Element & { scale?: (name: string) => (Plot.ScaleOptions & { range?: number[] }) | undefined };

/**
 * Re-renders only the live marks of a figure drawn for the page, through that drawing's own scales
 * and frame (Plot exposes them on the rendered figure), and swaps them into place. Returns false,
 * changing nothing, when it cannot: a build-time drawing (no scales or tags), or no live marks.
 */
export function moveLiveMarks(drawn: Element, figure: BoundFigure, layout: LayoutName, document: Document): boolean {
  const scaled = drawn as Scaled;
  const svg = drawn.tagName.toLowerCase() === "svg" ? drawn : drawn.querySelector("svg");
  if (typeof scaled.scale !== "function" || !svg) return false;
  const options = figure.build(layouts[layout]);
  const marks = tagMarks(options);
  const live = marks.flatMap((m, k) => (isLive(m) ? [k] : []));
  if (live.length === 0) return false;
  const scales: Record<string, Plot.ScaleOptions> = {};
  for (const name of scaleNames) {
    const scale = scaled.scale(name);
    if (scale) scales[name] = { ...scale, ...(name === "x" || name === "y" || name === "fx" || name === "fy" ? { axis: null } : {}) };
  }
  // Without axes Plot would choose other margins: keep the drawing's frame, read off its scales' ranges.
  const partial = Plot.plot({ ...options, ...scales, ...frameOf(scaled, options), marks: live.map((k) => marks[k]!), document });
  const before = tagged(svg);
  if (before.size === 0) return false;
  const after = tagged(partial);
  for (const k of live) {
    const old = before.get(k);
    const fresh = after.get(k);
    if (old && fresh) old.replaceWith(fresh);
    else if (old) old.remove();
    else if (fresh) insertInOrder(svg, before, k, fresh);
    if (fresh) before.set(k, fresh);
    else before.delete(k);
  }
  return true;
}

function frameOf(scaled: Scaled, options: Plot.PlotOptions): Plot.PlotOptions {
  const x = scaled.scale!("x")?.range;
  const y = scaled.scale!("y")?.range;
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  return {
    ...(x && { marginLeft: Math.min(...x), marginRight: width - Math.max(...x) }),
    ...(y && { marginTop: Math.min(...y), marginBottom: height - Math.max(...y) }),
  };
}

/** The elements of the figure's marks, by their place among its marks (a mark with no data has none). */
function tagged(drawn: Element): Map<number, Element> {
  const svg = drawn.tagName.toLowerCase() === "svg" ? drawn : drawn.querySelector("svg");
  const found = new Map<number, Element>();
  for (const child of svg?.children ?? []) {
    const k = /\bmark-(\d+)\b/.exec(child.getAttribute("class") ?? "")?.[1];
    if (k !== undefined) found.set(Number(k), child);
  }
  return found;
}

/** Puts a mark that had no element back where Plot would have drawn it: after the marks before it. */
function insertInOrder(svg: Element, present: Map<number, Element>, k: number, el: Element): void {
  const earlier = [...present.keys()].filter((j) => j < k);
  const later = [...present.keys()].filter((j) => j > k);
  if (earlier.length) present.get(Math.max(...earlier))!.after(el);
  else if (later.length) present.get(Math.min(...later))!.before(el);
  else svg.append(el);
}
