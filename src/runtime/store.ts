import { map } from "nanostores";
import { defaultValues, type InputId, type Values } from "../model/registry";
import type { Ranges } from "../model/uncertainty";
import { clampInput } from "../model/clamp";
import { inputSpec } from "../model/registry";

/** The reader's current setting of every input: the page's one source of truth. */
export const $values = map<Values>(defaultValues());

/** The reader's own 90% intervals, for the inputs they gave one (from a link or /assumptions/). */
export const $ranges = map<Ranges>({});

/** Sets one input, clamped into its range; a NaN is ignored. Returns the value stored. */
export function setInput(id: InputId, value: number): number {
  if (Number.isNaN(value)) return $values.get()[id];
  const next = clampInput(inputSpec(id), value);
  if ($values.get()[id] !== next) $values.setKey(id, next);
  return next;
}
