import * as Plot from "@observablehq/plot";
import type { Values } from "../../model/registry";
import { figures, isFigureName } from "../../figures/essay/index";
import { layouts, type LayoutName } from "../../figures/types";

/**
 * Redraws a live figure in the browser: the size the reader can see now, and the other
 * size too if asked (after the viewport crosses the breakpoint).
 */
export function drawInto(el: HTMLElement, values: Values, all = false): void {
  const name = el.dataset["figure"] ?? "";
  if (!isFigureName(name)) return;
  const spec = figures[name];
  for (const holder of el.querySelectorAll<HTMLElement>("[data-plot]")) {
    const layout = holder.dataset["plot"] as LayoutName;
    if (!(layout in layouts) || (!all && holder.offsetParent === null)) continue;
    holder.replaceChildren(Plot.plot({ ...spec.build(values, layouts[layout]), document }));
  }
  el.querySelector("[data-figure-description]")!.textContent = spec.describe(values);
}

export { figureCsv } from "../../figures/essay/csv";
