import type { NumberFormat } from "../model/types";
import { fromSuperscript, superscriptClass, toSuperscript } from "./superscript";


export interface FormatOptions {
  /** Most significant digits to show for plain numbers (3 for results; inputs show more). */
  readonly digits?: number;
  /** What Infinity reads as: "unbounded" unless a quantity says otherwise (the lab's "never"). */
  readonly infinityText?: string;
}

/** Text for a number as the essay prints it; Infinity reads "unbounded" (or options.infinityText). */
export function formatNumber(value: number, format: NumberFormat, options: FormatOptions = {}): string {
  if (Number.isNaN(value)) return "–";
  if (value === Infinity) return options.infinityText ?? "unbounded";
  if (value === -Infinity) return "−unbounded";
  if (format === "percent") return formatPercent(value);
  if (format === "power10") return formatPower10(value, options.digits ?? 3);
  return formatPlain(value, options.digits ?? 3);
}

/** A count of bits as prose: "1 bit", "0.5 bits", "3,000 bits" (singular only when it reads as exactly 1). */
export function formatBits(bits: number): string {
  const shown = formatNumber(bits, "number");
  return `${shown} ${shown === "1" ? "bit" : "bits"}`;
}

/** What a screen reader should hear: "99.9 percent of training compute", "1.6 times 10 to the 7 tokens". */
export function formatSpoken(value: number, format: NumberFormat, unitSpoken: string, options: FormatOptions = {}): string {
  const shown = formatNumber(value, format, options);
  const power = format === "power10" ? powerParts(shown) : undefined;
  const text = power ? `10 to the power ${speak(power[1])}` : speak(shown);
  return unitSpoken ? `${text} ${unitSpoken}` : text;
}

function speak(shown: string): string {
  return shown
    .replace(/%$/, " percent")
    .replace(new RegExp(` × 10(${superscriptClass}+)`), (_, exp: string) => ` times 10 to the ${spokenExponent(exp)}`)
    .replace(new RegExp(`^10(${superscriptClass}+)`), (_, exp: string) => `10 to the ${spokenExponent(exp)}`)
    .replace(/^−/, "minus ")
    .replace(/,/g, "");
}

/**
 * Shares as percentages with enough digits to tell 99.9% from 100%: near 0 and near 1 the
 * distance to the bound keeps two significant digits.
 */
export function formatPercent(share: number): string {
  if (share <= 0 || share >= 1) return `${trim((share * 100).toFixed(0))}%`;
  const distance = Math.min(share, 1 - share) * 100;
  const decimals = distance >= 1 ? 1 : Math.min(12, decimalsForTwoSignificant(distance));
  const text = trim((share * 100).toFixed(decimals));
  // Rounding must never claim a bound the value does not reach.
  if (text === "100") return `${(100 - 10 ** -decimals).toFixed(decimals)}%`;
  if (text === "0") return `${(10 ** -decimals).toFixed(decimals)}%`;
  return `${text}%`;
}

/**
 * An exponent x shown as the power of ten it stands for: 7.53 -> "10^7.53", 1505150 -> "10^1,510,000",
 * 1.35e13 -> "10^(1.35 × 10¹³)". Used for counts like 2^B that no double can hold.
 */
export function formatPower10(exponent: number, digits = 3): string {
  if (Number.isNaN(exponent)) return "–";
  if (!Number.isFinite(exponent)) return exponent > 0 ? "unbounded" : "0";
  const abs = Math.abs(exponent);
  if (abs < 1e6) return `10^${formatPlain(exponent, digits)}`;
  if (abs < 1e12) return `10^${group(Number(exponent.toPrecision(digits)))}`;
  return `10^(${scientific(exponent, digits)})`;
}

/** Splits "10^x" text into its base and exponent, so markup can set the exponent as a superscript. */
export function powerParts(text: string): readonly [base: string, exponent: string] | undefined {
  const match = /^(10)\^\(?(.+?)\)?$/.exec(text);
  return match ? [match[1]!, match[2]!] : undefined;
}

function group(integer: number): string {
  return String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, ",").replace("-", "−");
}

function decimalsForTwoSignificant(x: number): number {
  const rounded = Number(x.toPrecision(2));
  return Math.max(1, 1 - Math.floor(Math.log10(rounded)));
}

function formatPlain(value: number, digits: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return "0";
  if (abs >= 1e6 || abs < 1e-3) return scientific(value, digits);
  const rounded = Number(value.toPrecision(digits));
  if (Math.abs(rounded) >= 1e6) return scientific(value, digits);
  const [whole = "0", fraction] = trim(rounded.toFixed(Math.max(0, digits - 1 - Math.floor(Math.log10(abs))))).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",").replace("-", "−");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function scientific(value: number, digits: number): string {
  const [mantissa = "", exponent = "0"] = value.toExponential(Math.max(0, digits - 1)).split("e");
  const m = trim(mantissa).replace("-", "−");
  const e = String(Number(exponent));
  const sup = toSuperscript(e);
  return m === "1" ? `10${sup}` : `${m} × 10${sup}`;
}

function spokenExponent(exponent: string): string {
  return fromSuperscript(exponent).replace("-", "minus ");
}

function trim(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}
