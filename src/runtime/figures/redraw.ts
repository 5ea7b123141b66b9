import { plotFigure } from "../../figures/draw";
import { type BoundFigure, isLayoutName } from "../../figures/types";

/**
 * Redraws a figure element in the browser: the size the reader can see now, and the other size
 * too when `all` (after the viewport crosses the breakpoint, or for figures drawn off screen).
 */
export function redrawInto(el: HTMLElement, figure: BoundFigure, all: boolean): void {
  for (const holder of el.querySelectorAll<HTMLElement>("[data-plot]")) {
    const layout = holder.dataset["plot"];
    if (!isLayoutName(layout) || (!all && holder.offsetParent === null)) continue;
    holder.replaceChildren(plotFigure(figure, layout, document));
  }
  const description = el.querySelector("[data-figure-description]");
  if (description) description.textContent = figure.describe();
}
