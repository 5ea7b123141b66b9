import type { PlotOptions } from "@observablehq/plot";
import type { InputId, Values } from "../model/registry";

/** A figure: a pure function from the reader's values to Plot options, plus a text alternative. */
export interface FigureSpec {
  readonly name: string;
  /** The inputs the figure reads; it is redrawn only when one of them changes. */
  readonly deps: readonly InputId[];
  readonly build: (values: Values, layout: Layout) => PlotOptions;
  /** A sentence describing what the figure shows at these values, for screen readers. */
  readonly describe: (values: Values) => string;
  /** The numbers behind the figure at these values, one object per row, for its CSV download. */
  readonly table?: (values: Values) => readonly Record<string, string | number>[];
}

/** The two sizes every figure is drawn at: a phone column and a desktop column. */
export const layouts = {
  narrow: { width: 360, compact: true },
  wide: { width: 640, compact: false },
} as const;
export type LayoutName = keyof typeof layouts;
export type Layout = (typeof layouts)[LayoutName];

export const colors = { pretraining: "#3f7cc0", rl: "#e0663a", muted: "#9a9a9a" } as const;
