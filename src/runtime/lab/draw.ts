import { bindLabFigure, isLabFigureName, type LabData } from "../../figures/lab/index";
import { redrawInto } from "../figures/redraw";

/** Redraws, at both sizes, every lab figure fed by the data given. Loaded only when a run finishes. */
export function drawLabFigures(data: Partial<LabData>): void {
  for (const el of document.querySelectorAll<HTMLElement>("[data-lab-figure]")) {
    const name = el.dataset["labFigure"] ?? "";
    const figure = isLabFigureName(name) ? bindLabFigure(name, data) : undefined;
    if (figure) redrawInto(el, figure, true);
  }
}
