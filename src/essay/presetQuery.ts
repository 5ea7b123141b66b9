import type { PresetSetting } from "../model/presets";
import type { InputId, Values } from "../model/registry";
import { writeQuery } from "./query";

/**
 * The query a preset link points to: the reader's other settings (those that differ from
 * their defaults) plus every value the preset sets, always written out, in registry order.
 * Without JavaScript the link itself is the preset; with it, a click sets the same values.
 */
export function presetQuery(preset: PresetSetting, values: Readonly<Values>): string {
  return writeQuery({ ...values, ...preset.values }, {}, new Set(Object.keys(preset.values) as InputId[]));
}
