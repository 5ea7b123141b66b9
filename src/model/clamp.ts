import type { InputSpec } from "./types";

/** x pushed into [min, max]. */
export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** An input's value as the essay keeps it: inside [min, max], counts (q.integer) whole; NaN falls back to the default. */
export function clampInput(q: Pick<InputSpec, "min" | "max" | "default" | "integer">, value: number): number {
  if (Number.isNaN(value)) return q.default;
  const clamped = clamp(value, q.min, q.max);
  return q.integer ? Math.round(clamped) : clamped;
}
