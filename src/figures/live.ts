import type * as Plot from "@observablehq/plot";
import type { Values } from "../model/registry";
import type { Layout } from "./types";

/**
 * The live part of a figure: the marks that follow the reader's values (a highlighted curve, a dot,
 * its label, a bar's end) are wrapped in `live(...)` inside the figure's build; `frame` names
 * everything else (scales, axes, the marks that stay put) as a key. While the key holds, a change
 * of values re-renders only the live marks, through the scales of the figure already on the page,
 * and swaps them in; when the key changes, the whole figure is redrawn once input settles.
 * A figure without a live part is redrawn whole on every change.
 */
export interface LivePart {
  /** A key for all of the drawing that is not a live mark: equal keys, equal drawings but for the live marks. */
  readonly frame: (values: Values, layout: Layout) => string;
}

const liveMarks = new WeakSet<object>();

/** Declares a mark live: it depends on the reader's values, and nothing else in the figure depends on it. */
export function live<M extends Plot.Markish & object>(mark: M): M {
  liveMarks.add(mark);
  return mark;
}

export function isLive(mark: Plot.Markish): boolean {
  return typeof mark === "object" && mark !== null && liveMarks.has(mark);
}

/**
 * Tags every mark of a drawing made for the page with its place among the figure's marks
 * (class "mark-k"), so a later move can find the live ones and put a mark back in order.
 */
export function tagMarks(options: Plot.PlotOptions): Plot.Markish[] {
  const marks = (options.marks ?? []).flat(Infinity as 1) as Plot.Markish[];
  marks.forEach((m, k) => {
    if (typeof m === "object" && m !== null) (m as { className?: string }).className = `mark-${k}`;
  });
  return marks;
}
