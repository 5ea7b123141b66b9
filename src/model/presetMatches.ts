import type { InputId, Values } from "./inputs";

/** True when every input the preset sets holds exactly the preset's value. */
export function presetMatches(preset: { readonly values: Readonly<Partial<Values>> }, values: Readonly<Values>): boolean {
  return (Object.entries(preset.values) as [InputId, number][]).every(([id, v]) => values[id] === v);
}
