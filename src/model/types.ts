export type Scale = "linear" | "log";

/**
 * How a number reads: "percent" for shares in [0, 1], "power10" for an exponent x shown as 10^x
 * (for counts too large for a double, kept in log space), "number" for everything else.
 */
export type NumberFormat = "percent" | "number" | "power10";

/** Where a default comes from: a BibTeX entry with a locator, or somebody's guess. */
export type Source =
  | { kind: "bib"; key: string; locator: string; note?: string }
  | { kind: "guesstimate"; by: string; key?: string; note: string };

export interface QuantityBase {
  readonly id: string;
  readonly label: string;
  /** Short unit for tables, e.g. "bits/s". Empty for shares. */
  readonly unit: string;
  /** Unit as a screen reader should say it after the number, e.g. "bits per second". */
  readonly unitSpoken: string;
  readonly format: NumberFormat;
  /** Optional math symbol, in TeX. */
  readonly symbol?: string;
}

export interface InputSpec extends QuantityBase {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly scale: Scale;
  /** Linear scale: the additive keyboard step. Log scale: the step in decades (0.1 = x1.26). */
  readonly step: number;
  /** Counts (a seed, a length): values from links, typing and dragging are rounded to whole numbers. */
  readonly integer?: boolean;
  /**
   * How uncertain the default is: a 90% interval with a distribution, or a fixed setting (the lab's).
   * Where each interval comes from is in intervalBasis.ts, kept out of the browser's first download.
   */
  readonly uncertainty: Uncertainty;
  /**
   * Defaults this input had in earlier editions, so a link that records its edition (`?ed=1`)
   * keeps showing the numbers it was made with: "through edition N the default was v".
   */
  readonly pastDefaults?: readonly { readonly throughEdition: number; readonly value: number }[];
}

/** A quantity the essay reports rather than asks for: a registry output, or a result the lab measures. */
export interface ResultBase extends QuantityBase {
  /** Inclusive bounds every value must respect. */
  readonly bounds: readonly [number, number];
  /** Infinity is a legitimate value, shown as `infinityText` ("unbounded" unless set). */
  readonly allowInfinity?: boolean;
  readonly infinityText?: string;
  /** Significant digits to show (3 unless a count needs more: 100,080 passes must not read 100,000). */
  readonly digits?: number;
}

export interface OutputSpec<Id extends string = string> extends ResultBase {
  readonly deps: readonly Id[];
  readonly compute: (values: Readonly<Record<Id, number>>) => number;
}

/** Distribution families for an input's uncertainty; each is truncated to the input's [min, max]. */
export type Family = "lognormal" | "normal" | "uniform";

/** Where an interval comes from: a source's own range, or somebody's judgement with a reason. */
export type IntervalBasis =
  | { kind: "source"; refs: readonly { readonly key: string; readonly locator: string }[] }
  | { kind: "judgement"; by: string; reason: string; key?: string };

/** A 90% interval: low and high are the 5th and 95th percentiles of the (untruncated) family. */
export interface InputInterval {
  readonly low: number;
  readonly high: number;
  readonly family: Family;
}

export type Uncertainty =
  | { readonly kind: "setting" }
  | ({ readonly kind: "interval" } & InputInterval);
