import type { NumberFormat } from "../model/types";
import { fromSuperscript, superscriptClass } from "./superscript";

const suffixes: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, g: 1e9, t: 1e12 };
const decimal = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number as a person types it or as the essay prints it: "1,000", "1e3", "16M",
 * "1.6 × 10⁷", "1.6x10^7", "99.9%". Shares are typed in percent. Returns NaN for anything
 * else, including "Infinity", hex and empty text. Huge exponents give ±Infinity (callers clamp).
 */
export function parseNumber(text: string, format: NumberFormat = "number"): number {
  if (text.length > 64) return NaN;
  let t = text.trim().replace(/[\u2212\u2012\u2013]/g, "-").replace(/[\s,_\u00a0\u202f]/g, "");
  t = t.replace(new RegExp(`${superscriptClass}+$`), (sup) => `^${fromSuperscript(sup)}`);
  const percent = t.endsWith("%");
  if (percent) t = t.slice(0, -1);
  if (percent && format !== "percent") return NaN;
  let scale = 1;
  const power = /^(.*?)(?:[x×*]10\^|^10\^)([+-]?\d+)$/i.exec(t);
  if (power) {
    const [, mantissa = "", exponent = "0"] = power;
    t = mantissa === "" ? "1" : mantissa;
    scale = 10 ** Number(exponent);
  } else if (/^10\^[+-]?\d+$/.test(t)) {
    scale = 10 ** Number(t.slice(3));
    t = "1";
  }
  const suffix = suffixes[t.slice(-1).toLowerCase()];
  if (suffix !== undefined && format !== "percent") {
    t = t.slice(0, -1);
    scale *= suffix;
  }
  if (!decimal.test(t)) return NaN;
  const divisor = format === "percent" ? 100 : 1;
  const value = (Number(t) * scale) / divisor;
  if (scale === 1 && divisor === 1) return value;
  // Strip the float noise of the scaling (99.9 / 100 = 0.9990000000000001), never creating an Infinity.
  const cleaned = Number(value.toPrecision(15));
  return Number.isFinite(value) && !Number.isFinite(cleaned) ? value : cleaned;
}
