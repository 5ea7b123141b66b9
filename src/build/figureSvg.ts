import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { figures, type FigureName } from "../figures/essay/index";
import { layouts, type LayoutName } from "../figures/types";
import type { Values } from "../model/registry";

/** Draws a figure at build time, at one of its layouts, and returns its SVG markup. */
export function renderFigureSvg(name: FigureName, values: Values, layout: LayoutName = "wide"): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({ ...figures[name].build(values, layouts[layout]), document: document as unknown as Document });
  return svg.outerHTML;
}
