import * as Plot from "@observablehq/plot";
import { formatNumber, formatPercent } from "../../text/format";
import type { LabResult, RegimeName } from "../../lab/run";
import { labColors, labInk, type LabFigureSpec, spreadLabels } from "./types";

const regimes: readonly { key: RegimeName; label: string }[] = [
  { key: "pretrainOnly", label: "pretraining only" },
  { key: "rlOnly", label: "RL from scratch" },
  { key: "pretrainThenRl", label: "pretrain, then RL" },
];

/** Line height of the narrow layout's legend, px. */
const LEGEND_LINE = 14;

/** Task success against forward passes for the three regimes of one run. */
export const labSuccessCurves: LabFigureSpec = {
  name: "labSuccessCurves",
  source: "run",
  build: (r: LabResult, { width, compact }) => {
    // Wide: labels in two lines in the right margin, clear of the lines. Narrow: a legend of three
    // lines above the plot, where no curve or gridline reaches. Either way "switch to RL" sits in the
    // top margin beside its rule, never across it or a curve.
    const legendHeight = compact ? 3 * LEGEND_LINE : 0;
    const margin = { top: 30 + legendHeight, bottom: 40, left: compact ? 40 : 46, right: compact ? 18 : 124 };
    const height = (compact ? 284 : 304) + margin.top;
    const inner = height - margin.top - margin.bottom;
    const end = Math.max(r.pretrainOnly.passes, r.rlOnly.passes, 2 * r.settings.sequenceLength);
    const start = r.settings.sequenceLength;
    const lines = regimes.map(({ key, label }) => {
      const { curve, finalSuccess } = r[key];
      const points = curve.passes.map((p, i) => ({ p, s: curve.success[i]!, key })).filter((d) => d.p > 0);
      return { key, points, text: `${label}\n${formatPercent(finalSuccess)}`, finalSuccess };
    });
    const px = (s: number) => margin.top + (1 - s) * inner;
    const placed = spreadLabels(lines.map((l) => px(l.finalSuccess)), 28, margin.top + 6, px(0) - 6);
    const labels = lines.map((l, i) => ({ key: l.key, text: l.text, s: 1 - (placed[i]! - margin.top) / inner }));
    // Where the switch falls on the log axis decides which side of its rule the label reads on.
    const switchAt = Math.log(r.switchPasses / start) / Math.log(end / start);
    const halves = regimes
      .map(({ key }) => ({ key, p: r[key].passesToHalf }))
      .filter((d) => d.p !== Infinity && d.p >= start);
    const switched = r.switchPasses > start && r.switchPasses < end;
    return {
      width,
      height,
      marginTop: margin.top,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
      marginRight: margin.right,
      style: { fontSize: "11px" },
      x: {
        type: "log",
        domain: [start, end],
        label: "Forward passes →",
        labelAnchor: "right",
        ticks: compact ? 4 : 7,
        tickFormat: (d: number) => formatNumber(d, "number"),
      },
      y: { domain: [0, 1], label: compact ? null : "↑ Task success", grid: true, tickFormat: (d: number) => formatPercent(d), ticks: 5 },
      marks: [
        Plot.ruleY([0.5], { stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.5 }),
        ...(switched
          ? [
              Plot.ruleX([r.switchPasses], { stroke: labColors.pretrainThenRl, strokeDasharray: "2 3", strokeOpacity: 0.8 }),
              Plot.text([r.switchPasses], {
                x: (d) => d, frameAnchor: "top", dy: -8, text: () => "switch to RL",
                textAnchor: switchAt > 0.5 ? "end" : "start", dx: switchAt > 0.5 ? -3 : 3, fill: labColors.pretrainThenRl,
              }),
            ]
          : []),
        ...lines.map((l) =>
          Plot.line(l.points, { x: "p", y: "s", stroke: labColors[l.key], strokeWidth: l.key === "pretrainThenRl" ? 2.5 : 2, curve: "step-after" }),
        ),
        Plot.dot(halves, { x: "p", y: 0.5, r: 4, fill: (d: { key: RegimeName }) => labColors[d.key], stroke: "var(--bg, white)", strokeWidth: 1 }),
        ...(compact
          ? lines.map((l, i) =>
              Plot.text([l], {
                frameAnchor: "top-left", dx: -margin.left + 4, dy: -margin.top + 10 + i * LEGEND_LINE,
                text: () => `${regimes[i]!.label}: ${formatPercent(l.finalSuccess)} task success`, textAnchor: "start",
                fill: labInk[l.key], fontWeight: 600,
              }),
            )
          : [
              Plot.text(labels, {
                x: end, y: "s", text: "text", textAnchor: "start", dx: 6, lineHeight: 1.1,
                fill: (d: { key: RegimeName }) => labInk[d.key], fontWeight: 600,
              }),
            ]),
      ],
    };
  },
  table: (r: LabResult) =>
    regimes.flatMap(({ key, label }) =>
      r[key].curve.passes.map((passes, i) => ({ regime: label, forwardPasses: passes, taskSuccess: r[key].curve.success[i]! })),
    ),
  describe: (r: LabResult) =>
    `Task success against forward passes, on a log scale, for the three regimes. After ${formatNumber(r.rlOnly.passes, "number")} forward passes each, ` +
    `pretraining alone ended at ${formatPercent(r.pretrainOnly.finalSuccess)}, RL from scratch at ${formatPercent(r.rlOnly.finalSuccess)}, ` +
    `and pretraining followed by RL at ${formatPercent(r.pretrainThenRl.finalSuccess)}` +
    (r.switchPasses > 0 && r.switchPasses < r.pretrainOnly.passes ? `; it switched to RL after ${formatNumber(r.switchPasses, "number")} passes.` : "."),
};
