import type { PlotOptions } from "@observablehq/plot";
import type { InputId, Values } from "../model/registry";
import type { LivePart } from "./live";

/** The numbers behind a figure, one object per row: its CSV download. */
export type TableRows = readonly Record<string, string | number>[];

/**
 * What every figure is, essay or lab: pure functions of its data (the reader's values, or what a
 * lab run measured) to Plot options at a layout, a text alternative, and its table.
 */
export interface DrawnFigure<Data> {
  readonly name: string;
  readonly build: (data: Data, layout: Layout) => PlotOptions;
  /** A sentence describing what the figure shows for this data, for screen readers. */
  readonly describe: (data: Data) => string;
  readonly table: (data: Data) => TableRows;
}

/** An essay figure: drawn from the reader's values, and redrawn only when one of its deps changes. */
export interface FigureSpec extends DrawnFigure<Values> {
  /** The inputs the figure reads. */
  readonly deps: readonly InputId[];
  /** Which marks follow the reader's values in place (see live.ts); without it the figure is redrawn whole. */
  readonly live?: LivePart;
}

/** A figure paired with its data: all that drawing, describing or tabulating it needs. */
export interface BoundFigure {
  readonly name: string;
  readonly build: (layout: Layout) => PlotOptions;
  readonly describe: () => string;
  readonly table: () => TableRows;
  /** The key of everything but the live marks at this layout (LivePart.frame), for figures that have live marks. */
  readonly frame?: (layout: Layout) => string;
}

export function bindFigure<Data>(figure: DrawnFigure<Data> & { live?: { frame: (data: Data, layout: Layout) => string } }, data: Data): BoundFigure {
  const live = figure.live;
  return {
    name: figure.name,
    build: (layout) => figure.build(data, layout),
    describe: () => figure.describe(data),
    table: () => figure.table(data),
    ...(live && { frame: (layout: Layout) => live.frame(data, layout) }),
  };
}

/** The two sizes every figure is drawn at: a phone column and a desktop column. */
export const layouts = {
  narrow: { width: 360, compact: true },
  wide: { width: 640, compact: false },
} as const;
export type LayoutName = keyof typeof layouts;
export type Layout = (typeof layouts)[LayoutName];

export function isLayoutName(name: string | undefined): name is LayoutName {
  return name !== undefined && Object.hasOwn(layouts, name);
}

/**
 * One palette for essay and lab figures. Each colour is a CSS variable (src/styles/palette.css sets
 * it, with a dark-mode variant) with its light value as the fallback, for a bare SVG.
 */
export const colors = {
  pretraining: "var(--fig-pretraining, #3f7cc0)",
  rl: "var(--fig-rl, #d0592c)",
  muted: "var(--fig-muted, #9a9a9a)",
  /** Lighter tints, for a bar that stands for less than its neighbour of the same colour. */
  pretrainingSoft: "var(--fig-pretraining-soft, #a8c5e6)",
  mutedSoft: "var(--fig-muted-soft, #cfcfd2)",
} as const;

/** Text in those colours: darker (lighter in dark mode), so labels keep 4.5:1 against the page. */
export const ink = {
  pretraining: "var(--fig-pretraining-text, #2b62a0)",
  rl: "var(--fig-rl-text, #ad4520)",
  muted: "var(--fig-muted-text, #63636b)",
  /** Labels set inside a bar: black is at least 4.5:1 on every full-strength bar colour, in both modes. */
  onBar: "#000",
  /** Labels inside a soft tint: black on light tints, white on the dark mode's. */
  onSoft: "var(--fig-on-soft, #000)",
} as const;
