import { formatNumber } from "../text/format";
import { inputSpec, isInputId, isOutputId, outputSpec, type NumberFormat } from "../model/registry";
import { percentile } from "../model/percentile";
import { inputSamples, outputSamples, percentilesOf, SAMPLE_SIZE, SEED, samplingInterval } from "../model/uncertainty";
import { placeNear } from "./place";
import { $ranges, $values } from "./store";

let open: { trigger: HTMLElement; panel: HTMLElement } | undefined;

/** Opens (or closes, if open) a small panel with the distribution behind an interval; Escape or Close shuts it and focus returns. */
export async function toggleDistribution(trigger: HTMLElement): Promise<void> {
  const same = open?.trigger === trigger;
  closeDistribution();
  if (same) return;
  const what = describe(trigger);
  if (!what) return;
  const panel = document.createElement("div");
  panel.className = "dist-pop";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", `Distribution of ${what.label}`);
  panel.tabIndex = -1;
  const title = document.createElement("p");
  title.className = "dist-title";
  title.textContent = what.label;
  const plot = document.createElement("div");
  plot.className = "dist-plot";
  plot.setAttribute("aria-hidden", "true");
  const summary = document.createElement("p");
  summary.className = "dist-summary";
  const close = document.createElement("button");
  close.type = "button";
  close.className = "dist-close";
  close.textContent = "Close";
  close.addEventListener("click", () => closeDistribution(true));
  panel.append(title, plot, summary, close);
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      closeDistribution(true);
    }
  });
  // Tabbing out of the panel (anywhere but back to its button) closes it, as a disclosure would.
  panel.addEventListener("focusout", (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !panel.contains(next) && next !== trigger) closeDistribution();
  });
  document.body.append(panel);
  place(panel, trigger);
  open = { trigger, panel };
  trigger.setAttribute("aria-expanded", "true");
  panel.focus();

  const samples = what.samples ? [...what.samples].filter((y) => !Number.isNaN(y)) : [];
  if (samples.length === 0) {
    summary.textContent = `Every assumption behind this number is fixed at your values, so it has no spread: ${formatNumber(what.value, what.format)}.`;
    place(panel, trigger);
    return;
  }
  const p = percentilesOf(Float64Array.from(samples), what.value);
  const f = (v: number) => formatNumber(v, what.format);
  const unbounded = samples.filter((y) => !Number.isFinite(y)).length;
  summary.textContent =
    `Median ${f(p.p50)}; 90% of draws lie between ${f(p.p5)} and ${f(p.p95)}. ${SAMPLE_SIZE.toLocaleString("en")} draws, seed ${SEED}` +
    (unbounded ? `; ${unbounded} were unbounded.` : ".") +
    " The chart shows the middle 98% of draws; dashed lines mark the 90% interval, the solid line the median.";
  // Room for the chart before it arrives, so the panel is placed once for its full height.
  plot.style.minHeight = "120px";
  place(panel, trigger);
  const Plot = await import("@observablehq/plot");
  if (open?.panel !== panel) return;
  const finite = samples.filter(Number.isFinite);
  const positive = finite.every((y) => y > 0);
  // A quantity that spans decades (a log-scale input, or draws whose 90% range is wider than 30-fold,
  // shares included) is drawn on a log axis: on a linear one it is a single spike at 0.
  const log = positive && (what.logScale || p.p95 / p.p5 > 30);
  // The middle 98% of draws: a long tail would otherwise squeeze the rest into one bar.
  const from = percentile(Float64Array.from(finite), 0.01);
  const to = percentile(Float64Array.from(finite), 0.99);
  const x = finite.filter((y) => y >= from && y <= to).map((y) => (log ? Math.log10(y) : y));
  const at = (v: number) => (log ? Math.log10(v) : v);
  plot.replaceChildren(
    Plot.plot({
      document,
      width: 300,
      height: 120,
      marginLeft: 8,
      marginRight: 12,
      marginBottom: 28,
      style: { fontSize: "10px", background: "transparent" },
      y: { axis: null },
      x: { label: null, ticks: 4, tickFormat: (t: number) => formatNumber(log ? 10 ** t : t, what.format === "power10" ? "number" : what.format) },
      marks: [
        Plot.rectY(x, { ...Plot.binX({ y: "count" }, { x: (d: number) => d, thresholds: 30 }), fill: "currentColor", fillOpacity: 0.35 }),
        Plot.ruleX([at(p.p5), at(p.p95)], { stroke: "currentColor", strokeDasharray: "3 2" }),
        Plot.ruleX([at(p.p50)], { stroke: "currentColor", strokeWidth: 1.5 }),
        Plot.ruleY([0], { stroke: "currentColor", strokeOpacity: 0.4 }),
      ],
    }),
  );
  // The chart made the panel taller: keep it on screen.
  place(panel, trigger);
}

export function closeDistribution(returnFocus = false): void {
  if (!open) return;
  const { trigger, panel } = open;
  open = undefined;
  panel.remove();
  trigger.setAttribute("aria-expanded", "false");
  if (returnFocus) trigger.focus();
}

function describe(
  trigger: HTMLElement,
): { label: string; format: NumberFormat; value: number; samples: Float64Array | undefined; logScale: boolean } | undefined {
  const values = $values.get();
  const ranges = $ranges.get();
  const out = trigger.dataset["intervalFor"] ?? "";
  if (isOutputId(out)) {
    const q = outputSpec(out);
    return { label: q.label, format: q.format, value: q.compute(values), samples: outputSamples(out, values, ranges), logScale: false };
  }
  const input = trigger.dataset["inputInterval"] ?? "";
  if (isInputId(input)) {
    const q = inputSpec(input);
    const interval = samplingInterval(input, { ...values, [input]: q.default }, ranges);
    return { label: q.label, format: q.format, value: values[input], samples: interval ? inputSamples(input, interval) : undefined, logScale: q.scale === "log" };
  }
  return undefined;
}

/** Below the interval if the panel fits there, else above it, inside the viewport either way. */
function place(panel: HTMLElement, trigger: HTMLElement): void {
  placeNear(panel, trigger.getBoundingClientRect(), 340);
}

document.addEventListener("pointerdown", (event) => {
  if (open && event.target instanceof Node && !open.panel.contains(event.target) && !open.trigger.contains(event.target)) closeDistribution();
});
