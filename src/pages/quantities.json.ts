import type { APIRoute } from "astro";
import { currentEdition, essay } from "../essay/essay";
import { inputSources } from "../model/inputSources";
import { defaultValues, type InputSpec, inputs, type OutputSpec, outputs } from "../model/registry";

/** Every registry quantity as data, so others can reuse the numbers and their sources. */
export const GET: APIRoute = () => {
  const values = defaultValues();
  const body = {
    essay: essay.title,
    edition: currentEdition.number,
    date: currentEdition.date,
    inputs: (inputs as readonly InputSpec[]).map(({ id, label, symbol, unit, format, default: value, min, max, scale, step }) => ({
      id, label, symbol, unit, format, default: value, min, max, scale, step, source: inputSources[id as keyof typeof inputSources],
    })),
    outputs: (outputs as readonly OutputSpec[]).map(({ id, label, symbol, unit, format, deps, compute }) => ({
      id, label, symbol, unit, format, dependsOn: deps, valueAtDefaults: finiteOrText(compute(values)),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "content-type": "application/json" } });
};

function finiteOrText(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}
