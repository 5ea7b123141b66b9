import type { NumberFormat } from "../model/types";
import { formatNumber, formatSpoken, powerParts } from "./format";

/** A piece of interval text: plain, or an exponent to set as a superscript. */
export type IntervalPart = string | { readonly sup: string };

export interface IntervalText {
  /** What is shown, quietly, after the number: " (99.7–99.97%)". */
  readonly parts: readonly IntervalPart[];
  /** What a screen reader says instead: "90% interval 99.7 percent to 99.97 percent of training compute". */
  readonly spoken: string;
}

/**
 * The text of a 90% interval in the number's own format, or undefined when it has no width (every
 * input the output reads is fixed). "99.7–99.97%" for shares, "1.2 × 10⁷ to 3 × 10⁹" when an end has spaces.
 */
export function intervalText(p5: number, p95: number, format: NumberFormat, unitSpoken: string): IntervalText | undefined {
  const a = formatNumber(p5, format);
  const b = formatNumber(p95, format);
  if (a === b) return undefined;
  const spoken = `90% interval ${formatSpoken(p5, format, "")} to ${formatSpoken(p95, format, unitSpoken)}`;
  const low = format === "percent" && b.endsWith("%") ? a.replace(/%$/, "") : a;
  const joiner = /\s|\^|unbounded/.test(a + b) ? " to " : "–";
  return { parts: [" (", ...piece(low), joiner, ...piece(b), ")"].reduce<IntervalPart[]>(merge, []), spoken };
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
