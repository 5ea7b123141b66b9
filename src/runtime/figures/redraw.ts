import { moveLiveMarks, plotFigure } from "../../figures/draw";
import { type BoundFigure, isLayoutName, layouts, type LayoutName } from "../../figures/types";

/** The frame key (LivePart.frame) each drawing on the page was last drawn whole with. */
const framedWith = new WeakMap<HTMLElement, string>();

/**
 * Redraws a figure element in the browser: the size the reader can see now, and the other size
 * too when `all` (after the viewport crosses the breakpoint, for printing, or for figures drawn off screen).
 */
export function redrawInto(el: HTMLElement, figure: BoundFigure, all: boolean): void {
  for (const holder of el.querySelectorAll<HTMLElement>("[data-plot]")) {
    const layout = holder.dataset["plot"];
    if (!isLayoutName(layout) || (!all && holder.offsetParent === null)) continue;
    holder.replaceChildren(plotFigure(figure, layout, document, true));
    if (figure.frame) framedWith.set(holder, figure.frame(layouts[layout]));
  }
  describeIn(el, figure);
}

/** What a live move did: moved the marks (the frame holds), moved them though the axes should change, or could not. */
export type Moved = "moved" | "reframe" | "cannot";

/**
 * Moves the live marks of the drawing the reader can see (at `layout`) to new values, through
 * that drawing's own scales. "reframe": moved, but the axes or fixed marks are now out of date,
 * so the whole figure should be redrawn once input settles. "cannot": nothing changed (a
 * build-time drawing, which has no scales, or a figure without live marks).
 */
export function moveInto(el: HTMLElement, figure: BoundFigure, layout: LayoutName): Moved {
  const holder = el.querySelector<HTMLElement>(`[data-plot="${layout}"]`);
  const drawn = holder?.firstElementChild;
  if (!holder || !drawn || !figure.frame || !framedWith.has(holder)) return "cannot";
  if (!moveLiveMarks(drawn, figure, layout, document)) return "cannot";
  describeIn(el, figure);
  return framedWith.get(holder) === figure.frame(layouts[layout]) ? "moved" : "reframe";
}

function describeIn(el: HTMLElement, figure: BoundFigure): void {
  const description = el.querySelector("[data-figure-description]");
  if (description) description.textContent = figure.describe();
}
