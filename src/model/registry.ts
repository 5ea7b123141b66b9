import { type InputId, inputs, type Values } from "./inputs";
import { type OutputId, outputs } from "./outputs";
import type { InputSpec, OutputSpec } from "./types";
import { clampInput } from "./clamp";

export type { InputId, OutputId, Values };
export type { Family, InputInterval, InputSpec, IntervalBasis, NumberFormat, OutputSpec, Scale, Source, Uncertainty } from "./types";
export { inputs, outputs };

const inputMap = new Map<string, InputSpec>(inputs.map((q) => [q.id, q]));
const outputMap = new Map<string, OutputSpec<InputId>>(outputs.map((q) => [q.id, q]));

export function isInputId(id: string): id is InputId {
  return inputMap.has(id);
}

export function isOutputId(id: string): id is OutputId {
  return outputMap.has(id);
}

export function inputSpec(id: InputId): InputSpec {
  return inputMap.get(id)!;
}

export function outputSpec(id: OutputId): OutputSpec<InputId> {
  return outputMap.get(id)!;
}

export function defaultValues(): Values {
  return Object.fromEntries(inputs.map((q) => [q.id, q.default])) as Values;
}

/** The defaults as they were in a given edition (the current defaults for the current edition). */
export function defaultValuesForEdition(edition: number): Values {
  return Object.fromEntries(
    inputs.map((q: InputSpec) => {
      const past = [...(q.pastDefaults ?? [])].sort((a, b) => a.throughEdition - b.throughEdition).find((p) => edition <= p.throughEdition);
      return [q.id, past ? past.value : q.default];
    }),
  ) as Values;
}

/** Computes one output from a full set of input values. */
export function computeOutput(id: OutputId, values: Values): number {
  return outputSpec(id).compute(values);
}

/** Clamps a value into an input's declared range, rounding counts to whole numbers; NaN falls back to the default. */
export function clampToInput(id: InputId, value: number): number {
  return clampInput(inputSpec(id), value);
}
