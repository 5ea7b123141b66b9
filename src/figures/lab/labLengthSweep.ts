import { powerOfTenText } from "../../text/superscript";
import * as Plot from "@observablehq/plot";
import { formatNumber } from "../../text/format";
import { sweepText } from "../../lab/texts";
import type { SweepResult } from "../../lab/sweep";
import { labColors, labInk, type LabFigureSpec } from "./types";

/** Forward passes to 50% success against sentence length, RL from scratch against pretrain-then-RL. */
export const labLengthSweep: LabFigureSpec = {
  name: "labLengthSweep",
  source: "sweep",
  build: (sweep: SweepResult, { width, compact }) => {
    const budget = sweep.settings.budgetPasses;
    const never = budget * 4;
    const series = [
      { key: "rlOnly", label: "RL from scratch", values: sweep.rlOnly },
      { key: "pretrainThenRl", label: "pretrain, then RL", values: sweep.pretrainThenRl },
    ] as const;
    const points = series.flatMap((s) =>
      sweep.lengths.map((T, i) => {
        const p = s.values[i]!;
        return { key: s.key, T, p: p === Infinity ? never : Math.max(1, p), reached: p !== Infinity };
      }),
    );
    const reached = points.filter((d) => d.reached);
    const missed = points.filter((d) => !d.reached);
    const lengths = sweep.lengths;
    // RL from scratch is labelled at its last success, pretrain-then-RL mid-way, each clear of the other line.
    const labelAt = (key: (typeof series)[number]["key"], where: "last" | "middle") => {
      const own = reached.filter((d) => d.key === key);
      const d = where === "last" ? own.at(-1) : own[Math.floor(own.length / 2)];
      return d ? [{ ...d, label: series.find((s) => s.key === key)!.label, atEnd: d.T >= lengths.at(-2)! }] : [];
    };
    const labels = [...labelAt("rlOnly", "last"), ...labelAt("pretrainThenRl", "middle")];
    return {
      width,
      height: compact ? 300 : 320,
      marginLeft: compact ? 44 : 50,
      marginRight: 14,
      marginBottom: 40,
      style: { fontSize: "11px" },
      x: {
        domain: [lengths[0]! - 0.3, lengths.at(-1)! + 0.3],
        ticks: lengths.filter((T) => !compact || T % 2 === 1),
        tickFormat: (d: number) => String(d),
        label: "Sentence length T (forward passes per reward) →",
        labelAnchor: "right",
      },
      y: {
        type: "log",
        domain: [1, never * 2],
        label: "↑ Forward passes to 50% success",
        grid: true,
        ticks: [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7].filter((t) => t <= budget),
        tickFormat: (d: number) => (d >= 1e4 ? powerOfTenText(d) : formatNumber(d, "number")),
      },
      marks: [
        Plot.ruleY([budget], { stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.6 }),
        Plot.text([budget], { x: lengths[0]! - 0.3, y: (d) => d, text: () => "budget", textAnchor: "start", dy: -6, fillOpacity: 0.8 }),
        Plot.text([never], { x: lengths[0]! - 0.3, y: (d) => d, text: () => "never", textAnchor: "start", dy: -9, fillOpacity: 0.8 }),
        ...series.map((s) =>
          Plot.line(reached.filter((d) => d.key === s.key), { x: "T", y: "p", stroke: labColors[s.key], strokeWidth: 2 }),
        ),
        ...series.map((s) => Plot.dot(reached.filter((d) => d.key === s.key), { x: "T", y: "p", r: 3.5, fill: labColors[s.key] })),
        ...series.map((s) =>
          Plot.dot(missed.filter((d) => d.key === s.key), { x: "T", y: "p", r: 3.5, stroke: labColors[s.key], fill: "none", strokeWidth: 1.5, dy: s.key === "rlOnly" ? -4 : 4 }),
        ),
        ...labels.map((d) =>
          Plot.text([d], {
            x: "T",
            y: "p",
            text: "label",
            textAnchor: d.atEnd ? "end" : d.key === "rlOnly" ? "start" : "middle",
            dx: d.atEnd ? -7 : d.key === "rlOnly" ? 7 : 0,
            dy: d.key === "rlOnly" ? -8 : 14,
            fill: labInk[d.key],
            fontWeight: 600,
            stroke: "var(--bg, white)",
            strokeWidth: 3,
            paintOrder: "stroke",
          }),
        ),
      ],
    };
  },
  /** Passes to half success; empty where a regime never got there within the budget (then `reachedHalf` is "no"). */
  table: (sweep: SweepResult) =>
    sweep.lengths.flatMap((T, i) =>
      (["rlOnly", "pretrainThenRl"] as const).map((key) => {
        const passes = sweep[key][i]!;
        return {
          sequenceLength: T,
          regime: key === "rlOnly" ? "RL from scratch" : "pretrain, then RL",
          reachedHalf: passes === Infinity ? "no" : "yes",
          passesToHalf: passes === Infinity ? "" : passes,
          switchPasses: key === "pretrainThenRl" ? sweep.switchPasses[i]! : "",
          budgetPasses: sweep.settings.budgetPasses,
        };
      }),
    ),
  describe: (sweep: SweepResult) =>
    `Forward passes needed to reach 50% task success at sentence lengths ${sweep.lengths[0]} to ${sweep.lengths.at(-1)}, with ${formatNumber(sweep.settings.budgetPasses, "number")} passes allowed. ${sweepText(sweep)}`,
};
