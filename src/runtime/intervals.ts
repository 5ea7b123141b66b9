import { intervalText, type IntervalPart } from "../text/intervalText";
import { defaultValues, type InputId, isOutputId, type OutputId, outputSpec, type Values } from "../model/registry";
import { outputPercentiles, outputSamples, type Percentiles, type Ranges, samplingInterval } from "../model/uncertainty";

import { closeDistribution } from "./distribution";

export { toggleDistribution } from "./distribution";

let latest: { values: Values; ranges: Ranges } | undefined;
let frame = 0;
/** What each output's interval was last computed from: the build wrote them at the defaults. */
const shownWith = new Map<OutputId, string>();

export function schedule(values: Values, ranges: Ranges): void {
  // An open distribution would now show numbers from before the change.
  closeDistribution();
  latest = { values, ranges };
  if (!frame) frame = requestAnimationFrame(() => {
    frame = 0;
    updateIntervals(latest!.values, latest!.ranges);
  });
}

/**
 * Warms up while the reader is still reading: draws the samples of every input the page's outputs
 * read and runs each output once, so the first edit does not pay for sampling and for the JIT.
 */
function warmUp(): void {
  const values = defaultValues();
  for (const id of pageOutputs()) outputSamples(id, values);
}
/** The longest the warm-up waits for an idle moment; browsers without idle callbacks wait a short beat instead. */
const WARM_UP_DEADLINE_MS = 2000;
const WARM_UP_FALLBACK_MS = 200;
if ("requestIdleCallback" in window) requestIdleCallback(warmUp, { timeout: WARM_UP_DEADLINE_MS });
else setTimeout(warmUp, WARM_UP_FALLBACK_MS);

function pageOutputs(): Set<OutputId> {
  const ids = new Set<OutputId>();
  for (const el of document.querySelectorAll<HTMLElement>("[data-output][data-p5]")) {
    const id = el.dataset["output"] ?? "";
    if (isOutputId(id)) ids.add(id);
  }
  return ids;
}

/** The state an output's interval depends on: each input it reads, drawn from an interval or fixed at a value. */
function stateKey(id: OutputId, values: Values, ranges: Ranges): string {
  return outputSpec(id)
    .deps.map((d: InputId) => {
      const interval = samplingInterval(d, values, ranges);
      return interval ? `~${interval.low},${interval.high}` : `=${values[d]}`;
    })
    .join(" ");
}

/** Recomputes the intervals of outputs whose inputs changed, and writes them into the page; returns the milliseconds spent. */
export function updateIntervals(values: Values, ranges: Ranges): number {
  const t0 = performance.now();
  for (const id of pageOutputs()) {
    const key = stateKey(id, values, ranges);
    if ((shownWith.get(id) ?? stateKey(id, defaultValues(), {})) === key) continue;
    writePercentiles(id, outputPercentiles(id, values, ranges));
    shownWith.set(id, key);
  }
  const ms = performance.now() - t0;
  // Exposed for the browser tests, which report the time a recompute takes on a real page.
  document.documentElement.dataset["intervalsMs"] = ms.toFixed(2);
  return ms;
}

function writePercentiles(id: OutputId, p: Percentiles): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-output="${id}"][data-p5]`)) {
    el.dataset["p5"] = String(p.p5);
    el.dataset["p50"] = String(p.p50);
    el.dataset["p95"] = String(p.p95);
  }
  const spec = outputSpec(id);
  const text = intervalText(p.p5, p.p95, spec.format, spec.unitSpoken, spec.compute(latest?.values ?? defaultValues()));
  for (const el of document.querySelectorAll<HTMLElement>(`[data-interval-for="${id}"]`)) {
    el.hidden = !text;
    const [visual, spoken] = [...el.children] as HTMLElement[];
    if (!visual || !spoken) continue;
    visual.replaceChildren(...(text?.parts ?? []).map(node));
    spoken.textContent = text ? ` (${text.spoken})` : "";
  }
}

function node(part: IntervalPart): Node {
  if (typeof part === "string") return document.createTextNode(part);
  const sup = document.createElement("sup");
  sup.textContent = part.sup;
  return sup;
}
