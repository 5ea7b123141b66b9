import * as Plot from "@observablehq/plot";
import { isLabFigureName, labFigures } from "../../figures/lab/index";
import { layouts, type LayoutName } from "../../figures/types";
import type { LabResult } from "../../lab/run";
import type { SweepResult } from "../../lab/sweep";

/** Redraws, at both sizes, every lab figure fed by this kind of run. Loaded only when a run finishes. */
export function drawLabFigures(data: { run: LabResult } | { sweep: SweepResult }): void {
  for (const el of document.querySelectorAll<HTMLElement>("[data-lab-figure]")) {
    const name = el.dataset["labFigure"] ?? "";
    if (!isLabFigureName(name)) continue;
    const spec = labFigures[name];
    let options: Plot.PlotOptions;
    let text: string;
    for (const holder of el.querySelectorAll<HTMLElement>("[data-plot]")) {
      const layout = holder.dataset["plot"] as LayoutName;
      if (!(layout in layouts)) continue;
      if (spec.source === "run" && "run" in data) options = spec.build(data.run, layouts[layout]);
      else if (spec.source === "sweep" && "sweep" in data) options = spec.build(data.sweep, layouts[layout]);
      else continue;
      holder.replaceChildren(Plot.plot({ ...options, document }));
    }
    if (spec.source === "run" && "run" in data) text = spec.describe(data.run);
    else if (spec.source === "sweep" && "sweep" in data) text = spec.describe(data.sweep);
    else continue;
    const description = el.querySelector("[data-figure-description]");
    if (description) description.textContent = text;
  }
}
