import type { InputId, Values } from "./inputs";
import { pfDaysFromFlop } from "./pfDaysFromFlop";

/**
 * A published setting the reader can load with one click: the values, set exactly as stored here.
 * What a reader is told about each (label, unit, caveat, sources) is in presetNotes.ts, kept out
 * of the JavaScript a page loads before interaction: the browser only applies and matches values.
 */
export interface PresetSetting {
  /** Permanent: appears in markup (data-preset) and tests. */
  readonly id: string;
  /** Which <Presets group=...> lists it. */
  readonly group: string;
  readonly values: Readonly<Partial<Values>>;
}

/** 10^26 FLOP, the scale Epoch AI gives for the largest pretraining runs, in petaflop/s-days. */
const frontierPretrainPfDays = pfDaysFromFlop(1e26);

export const presets = [
  {
    id: "instructgpt",
    group: "compute",
    values: { pretrainComputePfDays: 3640, posttrainComputePfDays: 60 },
  },
  {
    id: "deepseekR1",
    group: "compute",
    values: { pretrainComputePfDays: 2_788_000, posttrainComputePfDays: 147_000 },
  },
  {
    id: "epochFrontier",
    group: "compute",
    values: { pretrainComputePfDays: frontierPretrainPfDays, posttrainComputePfDays: pfDaysFromFlop(6e23) },
  },
  {
    id: "grok4",
    group: "compute",
    values: { pretrainComputePfDays: frontierPretrainPfDays, posttrainComputePfDays: frontierPretrainPfDays },
  },
  {
    id: "lossFitBesiroglu",
    group: "lossFit",
    values: { lossFloorNats: 1.8172, lossSizeTermNats: 0.3572, lossSizeExponent: 0.3478, lossDataTermNats: 0.1974, lossDataExponent: 0.3658 },
  },
  {
    id: "lossFitHoffmann",
    group: "lossFit",
    values: { lossFloorNats: 1.69, lossSizeTermNats: 0.354, lossSizeExponent: 0.34, lossDataTermNats: 0.3416, lossDataExponent: 0.28 },
  },
] as const satisfies readonly PresetSetting[];

export type PresetId = (typeof presets)[number]["id"];

const byId = new Map<string, PresetSetting>(presets.map((p) => [p.id, p]));

export function presetById(id: string): PresetSetting | undefined {
  return byId.get(id);
}

/** True when every input the preset sets holds exactly the preset's value. */
export function presetMatches(preset: PresetSetting, values: Readonly<Values>): boolean {
  return (Object.entries(preset.values) as [InputId, number][]).every(([id, v]) => values[id] === v);
}
