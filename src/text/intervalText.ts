import type { NumberFormat } from "../model/types";
import { formatNumber, formatSpoken, powerParts } from "./format";

/** A piece of interval text: plain, or an exponent to set as a superscript. */
export type IntervalPart = string | { readonly sup: string };

export interface IntervalText {
  /** What is shown, quietly, after the number: " (99.70–99.97%)". */
  readonly parts: readonly IntervalPart[];
  /** What a screen reader says instead: "90% interval 99.7 percent to 99.97 percent of training compute". */
  readonly spoken: string;
}

/**
 * The text of a 90% interval in the number's own format, or undefined when it has no width (every
 * input the output reads is fixed). Ends within a factor of ten carry as many decimals as the
 * finer one needs ("99.70–99.97%"); "1.2 × 10⁷ to 3 × 10⁹" when an end has spaces. When the value shown lies
 * outside its interval (H(p) is 1 at p = ½, above every draw's 95th percentile), the text says
 * what the interval is: " (90% of draws: 0.395–0.999)".
 */
export function intervalText(p5: number, p95: number, format: NumberFormat, unitSpoken: string, value?: number): IntervalText | undefined {
  const [a, b] = sameDecimals(p5, p95, format);
  if (formatNumber(p5, format) === formatNumber(p95, format)) return undefined;
  const shown = value === undefined ? undefined : formatNumber(value, format);
  const outside = value !== undefined && (value < p5 || value > p95) && shown !== formatNumber(p5, format) && shown !== formatNumber(p95, format);
  const spoken = outside
    ? `90% of draws lie between ${formatSpoken(p5, format, "")} and ${formatSpoken(p95, format, unitSpoken)}`
    : `90% interval ${formatSpoken(p5, format, "")} to ${formatSpoken(p95, format, unitSpoken)}`;
  const low = format === "percent" && b.endsWith("%") ? a.replace(/%$/, "") : a;
  const joiner = /\s|\^|unbounded/.test(a + b) ? " to " : "–";
  const open = outside ? " (90% of draws: " : " (";
  return { parts: [open, ...piece(low), joiner, ...piece(b), ")"].reduce<IntervalPart[]>(merge, []), spoken };
}

const FIXED = /^−?[\d,]+(?:\.(\d+))?%?$/;

/** Both ends as the essay prints them, re-printed to the same number of decimals when both are plain decimals. */
function sameDecimals(p5: number, p95: number, format: NumberFormat): [string, string] {
  const a = formatNumber(p5, format);
  const b = formatNumber(p95, format);
  const da = FIXED.exec(a);
  const db = FIXED.exec(b);
  // Ends within a factor of ten of each other share their decimals; ends decades apart keep their
  // significant digits (0.00028–0.31%), where equal decimals would print noise.
  const spread = Math.abs(p95) / Math.abs(p5);
  if (!da || !db || format === "power10" || !(spread < 10)) return [a, b];
  const decimals = Math.max(da[1]?.length ?? 0, db[1]?.length ?? 0);
  return [fixed(p5, format, decimals, a), fixed(p95, format, decimals, b)];
}

/** A number to this many decimals, grouped; a share as a percentage that never rounds onto 0% or 100% it does not reach. */
function fixed(value: number, format: NumberFormat, decimals: number, fallback: string): string {
  if (format === "percent") {
    const text = (value * 100).toFixed(decimals);
    if ((value < 1 && Number(text) >= 100) || (value > 0 && Number(text) <= 0)) return fallback;
    return `${text}%`;
  }
  const [whole = "0", fraction] = value.toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",").replace("-", "−");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function piece(text: string): IntervalPart[] {
  const power = powerParts(text);
  return power ? [power[0], { sup: power[1] }] : [text];
}

function merge(parts: IntervalPart[], part: IntervalPart): IntervalPart[] {
  const last = parts[parts.length - 1];
  if (typeof part === "string" && typeof last === "string") parts[parts.length - 1] = last + part;
  else parts.push(part);
  return parts;
}
