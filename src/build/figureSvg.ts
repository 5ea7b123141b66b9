import { parseHTML } from "linkedom";
import type { Values } from "../model/registry";
import { plotFigure } from "../figures/draw";
import { figures, type FigureName } from "../figures/essay/index";
import { bindLabFigure, type LabData, type LabFigureName } from "../figures/lab/index";
import { bindFigure, type BoundFigure, type LayoutName } from "../figures/types";

/** Draws a figure at build time, at one of its layouts, into a DOM-less document; returns its SVG markup. */
export function figureSvg(figure: BoundFigure, layout: LayoutName = "wide"): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return plotFigure(figure, layout, document as unknown as Document).outerHTML;
}

/** An essay figure at these values, as SVG markup. */
export function renderFigureSvg(name: FigureName, values: Values, layout: LayoutName = "wide"): string {
  return figureSvg(bindFigure(figures[name], values), layout);
}

/** The lab figure bound to its data, failing loudly when the data its source names is missing. */
export function labFigure(name: LabFigureName, data: Partial<LabData>): BoundFigure {
  const figure = bindLabFigure(name, data);
  if (!figure) throw new Error(`${name}: the run or sweep it is drawn from was not given`);
  return figure;
}

/** A lab figure drawn from a run (or a sweep), as SVG markup. */
export function renderLabFigureSvg(name: LabFigureName, data: Partial<LabData>, layout: LayoutName = "wide"): string {
  return figureSvg(labFigure(name, data), layout);
}
