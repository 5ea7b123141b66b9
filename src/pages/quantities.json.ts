import type { APIRoute } from "astro";
import { siteUrl } from "../build/pages/siteUrls";
import { authorName, currentEdition, essay, quotationNotice } from "../essay/essay";
import { inputSources } from "../model/inputSources";
import { defaultValues, type InputSpec, inputs, type OutputSpec, outputs } from "../model/registry";

/** Every registry quantity as data, so others can reuse the numbers and their sources. */
export const GET: APIRoute = ({ site }) => {
  const values = defaultValues();
  const body = {
    essay: essay.title,
    authors: essay.authors.map(authorName),
    url: siteUrl("", site) ?? null,
    licence: { spdx: essay.licence.spdx, name: essay.licence.name, url: essay.licence.url, note: quotationNotice },
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
