import * as Plot from "@observablehq/plot";
import { formatNumber } from "../../text/format";
import { bitsPerSecondFromPerHour, lifetimeBits, lifetimeSeconds, pretrainTotalBits, ratio, rlTotalBits } from "../../model";
import type { Values } from "../../model/registry";
import { colors, type FigureSpec } from "../types";
import { live } from "../live";
import { decades } from "../ticks";

function ladder(v: Values) {
  const rungs = [
    { row: "vision", title: "Raw vision", short: "Raw vision", rate: v.visionBitsPerSecond, fill: colors.pretraining },
    { row: "percept", title: "Compressed percepts", short: "Percepts", rate: v.perceptBitsPerSecond, fill: colors.pretraining },
    { row: "conscious", title: "Conscious decisions", short: "Conscious decisions", rate: v.consciousBitsPerSecond, fill: colors.muted },
    { row: "reward", title: "Reward feedback (dopamine-like)", short: "Reward feedback", rate: v.rewardBitsPerSecond, fill: colors.rl },
    { row: "task", title: "Task success", short: "Task success", rate: bitsPerSecondFromPerHour(v.taskBitsPerHour), fill: colors.rl },
  ];
  return rungs.map((r) => ({ ...r, lifetime: lifetimeBits(r.rate, v.years, v.wakingHoursPerDay) }));
}

function ratios(v: Values) {
  const human = ratio(v.visionBitsPerSecond, v.rewardBitsPerSecond);
  const llm = ratio(pretrainTotalBits(v.pretrainTokens, v.bitsPerToken), rlTotalBits(v.rlEpisodes, v.passRate));
  return { human, llm };
}

/**
 * The axis: every rung and the LLM arrow's end, with at least a factor of 4 to spare either side,
 * snapped to whole decades so that most changes move the dots, not the axis.
 */
function axisOf(v: Values): [number, number] {
  const { llm } = ratios(v);
  const reward = v.rewardBitsPerSecond;
  const points = [...ladder(v).map((r) => r.rate), Number.isFinite(llm) ? reward * llm : reward];
  return [10 ** Math.floor(Math.log10(Math.min(...points) / 4)), 10 ** Math.ceil(Math.log10(Math.max(...points) * 4))];
}

const times = (x: number) => (x === Infinity ? "unbounded" : `${formatNumber(x, "number")} times`);

/**
 * The human feedback ladder on one logarithmic axis: each rung's rate (bottom axis, bits per
 * second) is also its lifetime total (top axis, the same positions times the waking seconds of
 * a life). Below, two arrows of the human and the LLM ratio, both starting at the reward rung so
 * their lengths compare directly.
 */
export const bitRateLadder: FigureSpec = {
  name: "bitRateLadder",
  deps: [
    "visionBitsPerSecond", "perceptBitsPerSecond", "consciousBitsPerSecond", "rewardBitsPerSecond", "taskBitsPerHour",
    "years", "wakingHoursPerDay", "pretrainTokens", "bitsPerToken", "rlEpisodes", "passRate",
  ],
  live: { frame: (v) => `${axisOf(v).join(" ")} ${v.years} ${v.wakingHoursPerDay}` },
  build: (v, { width, compact }) => {
    const rungs = ladder(v);
    const { human, llm } = ratios(v);
    const seconds = lifetimeSeconds(v.years, v.wakingHoursPerDay);
    const reward = v.rewardBitsPerSecond;
    const [lo, hi] = axisOf(v);
    const arrows = [
      { row: "human", title: compact ? "Human: vision ÷ reward" : "Human: raw vision ÷ reward feedback", to: reward * human, value: human },
      { row: "llm", title: compact ? "LLM: pretraining ÷ RL bits" : "LLM: pretraining bits ÷ RL bits (your settings)", to: Number.isFinite(llm) ? reward * llm : hi, value: llm },
    ];
    const rowHeight = compact ? 38 : 40;
    const rows = [...rungs.map((r) => r.row), "gap", "human", "llm"];
    const most = compact ? 4 : 7;
    const bottomTicks = decades(lo, hi, most).map((k) => 10 ** k);
    const topTicks = decades(lo * seconds, hi * seconds, most).map((k) => 10 ** k / seconds);
    const label = (x: number) => formatNumber(x, "number");
    return {
      width,
      height: rows.length * rowHeight + 116,
      marginTop: 58,
      marginBottom: 40,
      // Room for the end ticks' labels, centred on the frame's edges.
      marginLeft: 22,
      marginRight: 22,
      style: { fontSize: "11px" },
      x: { type: "log", domain: [lo, hi] },
      y: { domain: rows, axis: null, paddingInner: 0, paddingOuter: 0.35 },
      marks: [
        Plot.axisX(bottomTicks, { anchor: "bottom", tickFormat: label, label: "bits per second →", labelAnchor: "right" }),
        Plot.axisX(topTicks, {
          anchor: "top",
          tickFormat: (x: number) => label(x * seconds),
          label: `bits over ${formatNumber(v.years, "number")} years of waking life →`,
          labelAnchor: "right",
          labelOffset: compact ? 30 : 32,
        }),
        Plot.ruleY(rungs, { y: "row", stroke: "currentColor", strokeOpacity: 0.15 }),
        live(Plot.dot(rungs, { x: "rate", y: "row", r: compact ? 4.5 : 5, fill: "fill", stroke: "white", strokeWidth: 1 })),
        Plot.text(rungs, { x: lo, y: "row", text: compact ? "short" : "title", textAnchor: "start", dy: -11, fontWeight: 600 }),
        live(Plot.text(rungs, {
          x: hi,
          y: "row",
          text: (d) => `${label(d.rate)} bits/s → ${label(d.lifetime)} bits`,
          textAnchor: "end",
          dy: -11,
          fill: "currentColor",
          fillOpacity: 0.8,
        })),
        live(Plot.arrow(arrows, { x1: reward, x2: "to", y: "row", stroke: "currentColor", strokeWidth: 2, headLength: 8 })),
        live(Plot.dot(arrows, { x: reward, y: "row", r: 3, fill: colors.rl })),
        Plot.text(arrows, { x: lo, y: "row", text: "title", textAnchor: "start", dy: -11, fontWeight: 600 }),
        live(Plot.text(arrows, { x: hi, y: "row", text: (d) => times(d.value), textAnchor: "end", dy: -11, fontWeight: 600 })),
      ],
    };
  },
  table: (v) => {
    const { human, llm } = ratios(v);
    return [
      ...ladder(v).map(({ title, rate, lifetime }) => ({ row: title, kind: "rate", bitsPerSecond: rate, lifetimeBits: lifetime, ratio: "" })),
      { row: "Human: raw vision per reward bit", kind: "ratio", bitsPerSecond: "", lifetimeBits: "", ratio: human },
      { row: "LLM: pretraining per RL feedback bit", kind: "ratio", bitsPerSecond: "", lifetimeBits: "", ratio: llm },
    ];
  },
  describe: (v) => {
    const rungs = ladder(v);
    const { human, llm } = ratios(v);
    const parts = rungs.map((r) => `${r.title.toLowerCase()} ${formatNumber(r.rate, "number")} bits/s (${formatNumber(r.lifetime, "number")} bits)`);
    return (
      `A logarithmic ladder of feedback rates, with totals over ${formatNumber(v.years, "number")} years of ${formatNumber(v.wakingHoursPerDay, "number")} waking hours a day: ` +
      `${parts.join("; ")}. Raw vision carries ${times(human)} as many bits as reward feedback; ` +
      (Number.isFinite(llm)
        ? `in the language model, pretraining supplies ${times(llm)} as many feedback bits as RL.`
        : "in the language model, RL supplies no feedback bits when every rollout has the same outcome, so that ratio is unbounded.")
    );
  },
};
