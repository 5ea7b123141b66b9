import type { Values } from "../../model/registry";
import { figures, isFigureName } from "../../figures/essay/index";
import { bindFigure } from "../../figures/types";
import { redrawInto } from "./redraw";

/** Redraws an essay figure at the reader's values (loaded with Plot on the first change). */
export function drawInto(el: HTMLElement, values: Values, all = false): void {
  const name = el.dataset["figure"] ?? "";
  if (isFigureName(name)) redrawInto(el, bindFigure(figures[name], values), all);
}

export { figureCsv } from "../../figures/csv";
