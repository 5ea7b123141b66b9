import { clamp } from "./clamp";
import { normalCdf } from "./normalCdf";
import { normalQuantile } from "./normalQuantile";
import type { InputInterval } from "./types";

/** Φ⁻¹(0.95): a 90% interval spans this many standard deviations either side of the middle. */
export const z95 = 1.6448536269514722;

/**
 * The value at probability u of an interval's distribution truncated to [min, max]. low and high are
 * the 5th and 95th percentiles before truncation: log-normal works on ln x, a uniform's support
 * reaches 1/18 of its width beyond them. Clamped into [min, max] against rounding.
 */
export function intervalQuantile(interval: InputInterval, min: number, max: number, u: number): number {
  const { low, high, family } = interval;
  let x: number;
  if (family === "uniform") {
    const pad = ((high - low) * 0.05) / 0.9;
    const from = Math.max(min, low - pad);
    const to = Math.min(max, high + pad);
    x = from + u * (to - from);
  } else {
    const log = family === "lognormal";
    const t = log ? Math.log : (v: number) => v;
    const mu = (t(low) + t(high)) / 2;
    const sigma = (t(high) - t(low)) / (2 * z95);
    const fMin = normalCdf((t(min) - mu) / sigma);
    const fMax = normalCdf((t(max) - mu) / sigma);
    const y = mu + sigma * normalQuantile(fMin + u * (fMax - fMin));
    x = log ? Math.exp(y) : y;
  }
  return clamp(x, min, max);
}
