import type { Preset } from "../model/presets";
import { inputs, type Values } from "../model/registry";

/**
 * The query a preset link points to: the reader's other settings (those that differ from
 * their defaults) plus every value the preset sets, always written out, in registry order.
 * Without JavaScript the link itself is the preset; with it, a click sets the same values.
 */
export function presetQuery(preset: Preset, values: Readonly<Values>): string {
  const params = new URLSearchParams();
  for (const q of inputs) {
    const own = preset.values[q.id];
    const v = own ?? values[q.id];
    if ((own !== undefined || v !== q.default) && Number.isFinite(v)) params.set(q.id, String(v));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
