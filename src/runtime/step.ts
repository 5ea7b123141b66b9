import type { InputSpec } from "../model/types";

export type StepKind = "step" | "page" | "bound";

/**
 * The next value of an input after a key press: a step (arrows), a larger step (PageUp/Down:
 * ten steps, a decade on log scales), or a bound (Home/End). Log scales move along a
 * ladder of 10^(k * step), rounded to two significant digits so values stay readable.
 */
export function stepValue(q: InputSpec, value: number, direction: 1 | -1, kind: StepKind): number {
  if (kind === "bound") return direction > 0 ? q.max : q.min;
  const steps = kind === "page" ? 10 : 1;
  if (q.scale === "log") {
    const index = Math.round(Math.log10(value) / q.step);
    return clampTo(q, roundSignificant(10 ** ((index + direction * steps) * q.step), 2));
  }
  const index = Math.round((value - q.min) / q.step);
  return clampTo(q, roundToStep(q, q.min + (index + direction * steps) * q.step));
}

/** Value after dragging dx pixels from a start value: 100 px per decade, or the whole range in 300 px. */
export function dragValue(q: InputSpec, start: number, dx: number): number {
  if (q.scale === "log") return clampTo(q, roundSignificant(10 ** (Math.log10(start) + dx / 100), 2));
  const perPixel = (q.max - q.min) / 300;
  return clampTo(q, roundToStep(q, start + dx * Math.max(perPixel, q.step / 10)));
}

export function clampTo(q: InputSpec, value: number): number {
  if (Number.isNaN(value)) return q.default;
  return Math.min(q.max, Math.max(q.min, value));
}

function roundToStep(q: InputSpec, value: number): number {
  const index = Math.round((value - q.min) / q.step);
  return Number((q.min + index * q.step).toPrecision(12));
}

function roundSignificant(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}
