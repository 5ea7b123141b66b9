import type { APIRoute } from "astro";
import { currentEdition, essay } from "../lib/essay";
import { computeOutput, defaultValues, inputs, outputs } from "../model/registry";

/** Every registry quantity as data, so others can reuse the numbers and their sources. */
export const GET: APIRoute = () => {
  const values = defaultValues();
  const body = {
    essay: essay.title,
    edition: currentEdition.number,
    date: currentEdition.date,
    inputs: inputs.map(({ id, label, symbol, unit, format, default: value, min, max, scale, step, source }) => ({
      id, label, symbol, unit, format, default: value, min, max, scale, step, source,
    })),
    outputs: outputs.map(({ id, label, symbol, unit, format, deps }) => ({
      id, label, symbol, unit, format, dependsOn: deps, valueAtDefaults: finiteOrText(computeOutput(id, values)),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "content-type": "application/json" } });
};

function finiteOrText(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}
