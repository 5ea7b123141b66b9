import type { Values } from "../../model/registry";
import { figures, isFigureName } from "../../figures/essay/index";
import { bindFigure, type LayoutName } from "../../figures/types";
import { type Moved, moveInto, redrawInto } from "./redraw";

/** Redraws an essay figure at the reader's values (loaded with Plot on the first change). */
export function drawInto(el: HTMLElement, values: Values, all = false): void {
  const name = el.dataset["figure"] ?? "";
  if (isFigureName(name)) redrawInto(el, bindFigure(figures[name], values), all);
}

/** Moves an essay figure's live marks to the reader's values, in the drawing at `layout` (see redraw.ts). */
export function moveLive(el: HTMLElement, values: Values, layout: LayoutName): Moved {
  const name = el.dataset["figure"] ?? "";
  return isFigureName(name) ? moveInto(el, bindFigure(figures[name], values), layout) : "cannot";
}

export { figureCsv } from "../../figures/csv";
