import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { labFigures, type LabFigureName } from "../figures/lab/index";
import { layouts, type LayoutName } from "../figures/types";
import type { LabResult } from "../lab/run";
import type { SweepResult } from "../lab/sweep";

/** Draws a lab figure at build time from a run (or a sweep), at one of its layouts; returns SVG markup. */
export function renderLabFigureSvg(name: LabFigureName, data: LabResult | SweepResult, layout: LayoutName = "wide"): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const spec = labFigures[name];
  const options = spec.source === "run" ? spec.build(data as LabResult, layouts[layout]) : spec.build(data as SweepResult, layouts[layout]);
  return Plot.plot({ ...options, document: document as unknown as Document }).outerHTML;
}

export function describeLabFigure(name: LabFigureName, data: LabResult | SweepResult): string {
  const spec = labFigures[name];
  return spec.source === "run" ? spec.describe(data as LabResult) : spec.describe(data as SweepResult);
}
