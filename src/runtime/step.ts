import { clampInput } from "../model/clamp";
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
    const index = nextIndex(Math.log10(value) / q.step, direction, steps, 0.2);
    return clampInput(q, roundSignificant(10 ** (index * q.step), 2));
  }
  const index = nextIndex((value - q.min) / q.step, direction, steps, 1e-9);
  return clampInput(q, roundToStep(q, q.min + index * q.step));
}

/**
 * The rung `steps` away in the direction pressed, counting from the rung at or beyond the
 * current position, so a value between rungs moves to the next one, never past it (like
 * input.stepUp()). Log rungs are rounded to two digits, hence the larger tolerance there.
 */
function nextIndex(position: number, direction: 1 | -1, steps: number, tolerance: number): number {
  const near = Math.round(position);
  const onRung = Math.abs(position - near) <= tolerance;
  const from = onRung ? near : direction > 0 ? Math.floor(position) : Math.ceil(position);
  return from + direction * steps;
}

/** Dragging a log-scale number this many pixels multiplies it by ten. */
export const PIXELS_PER_DECADE = 100;
/** Dragging a linear number this many pixels crosses its whole range (but never less than a tenth of a step per pixel). */
export const PIXELS_PER_RANGE = 300;

/** Value after dragging dx pixels from a start value: PIXELS_PER_DECADE per decade, or the whole range in PIXELS_PER_RANGE. */
export function dragValue(q: InputSpec, start: number, dx: number): number {
  if (q.scale === "log") return clampInput(q, roundSignificant(10 ** (Math.log10(start) + dx / PIXELS_PER_DECADE), 2));
  const perPixel = (q.max - q.min) / PIXELS_PER_RANGE;
  return clampInput(q, roundToStep(q, start + dx * Math.max(perPixel, q.step / 10)));
}

function roundToStep(q: InputSpec, value: number): number {
  const index = Math.round((value - q.min) / q.step);
  return Number((q.min + index * q.step).toPrecision(12));
}

function roundSignificant(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}
