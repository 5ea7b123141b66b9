import * as Plot from "@observablehq/plot";
import { type BoundFigure, layouts, type LayoutName } from "./types";

/**
 * Draws a figure at one layout into a document: linkedom's at build time, the page's in the
 * browser. The one way every figure, essay or lab, is drawn.
 */
export function plotFigure(figure: BoundFigure, layout: LayoutName, document: Document): SVGSVGElement | HTMLElement {
  return Plot.plot({ ...figure.build(layouts[layout]), document });
}
