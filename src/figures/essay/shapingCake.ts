import * as Plot from "@observablehq/plot";
import { formatBits, formatNumber, formatPercent } from "../../text/format";
import { binaryEntropyBits, partShare, pretrainTotalBits, rlBitsPerPass, rlEventShare, rlSignalShare, rlTotalBits } from "../../model";
import type { Values } from "../../model/registry";
import { log10Odds } from "../../model/logOdds";
import { colors, type FigureSpec } from "../types";

/**
 * RL's slice of the cake by five accountings, from the reader's numbers: what RL receives (compute),
 * what it returns as graded events and as feedback bits at the same split, the bits of whole runs
 * counted from tokens and episodes, and for comparison a person's reward bits against raw vision.
 */
export function cakeRows(v: Values) {
  const f = v.rlComputeShare;
  const L = v.passesPerReward;
  const rlBits = rlBitsPerPass(v.passRate, L);
  const rlRun = rlTotalBits(v.rlEpisodes, v.passRate);
  const preRun = pretrainTotalBits(v.pretrainTokens, v.bitsPerToken);
  return [
    { key: "compute", title: "Training compute", short: "Compute", rl: f, rest: 1 - f, unit: "share of forward passes", share: f, person: false },
    {
      key: "events",
      title: "Reward events, same split",
      short: "Reward events",
      rl: f / L,
      rest: 1 - f,
      unit: "graded events per forward pass of training",
      share: rlEventShare(f, L),
      person: false,
    },
    {
      key: "bits",
      title: "Feedback bits, same split",
      short: "Feedback bits",
      rl: f * rlBits,
      rest: (1 - f) * v.bitsPerToken,
      unit: "bits per forward pass of training",
      share: rlSignalShare(f, rlBits, v.bitsPerToken),
      person: false,
    },
    {
      key: "runs",
      title: "Feedback bits, whole runs (episodes vs tokens)",
      short: "Bits, whole runs",
      rl: rlRun,
      rest: preRun,
      unit: "bits",
      share: partShare(rlRun, preRun),
      person: false,
    },
    {
      key: "person",
      title: "A person: reward bits vs raw vision bits",
      short: "A person",
      rl: v.rewardBitsPerSecond,
      rest: v.visionBitsPerSecond,
      unit: "bits per second",
      share: partShare(v.rewardBitsPerSecond, v.visionBitsPerSecond),
      person: true,
    },
  ];
}

/** The widest odds the axis shows, 10^18 either way; anything beyond is drawn at the edge. */
const maxDecades = 18;

/** A share as a label: "50%", "0.1%", and for shares below 1% also "1 in N". */
export function shareLabel(share: number): string {
  const percent = formatPercent(share);
  if (!(share > 0) || share >= 0.01) return percent;
  return `${percent} (1 in ${formatNumber(1 / share, "number", { digits: 2 })})`;
}

/** Short form for narrow figures: the percentage, or "1 in N" below 0.01%. */
function shortShareLabel(share: number): string {
  return share > 0 && share < 1e-4 ? `1 in ${formatNumber(1 / share, "number", { digits: 2 })}` : formatPercent(share);
}


/** Axis ticks: RL's part to pretraining's, "1 : 10⁶" on the left, "10³ : 1" on the right. */
function tickLabel(odds: number): string {
  if (odds === 1) return "1 : 1";
  return odds < 1 ? `1 : ${formatNumber(1 / odds, "number")}` : `${formatNumber(odds, "number")} : 1`;
}

/** Odds RL : pretraining as a power of ten, clamped to the drawable range. */
function oddsLog10(share: number): number {
  if (share <= 0) return -maxDecades;
  if (share >= 1) return maxDecades;
  return Math.max(-maxDecades, Math.min(maxDecades, log10Odds(share)));
}

/**
 * RL's part of the cake by each accounting, as odds RL : pretraining on a log scale centred on parity.
 * Bars grow left when pretraining outweighs RL and right when RL outweighs pretraining.
 */
export const shapingCake: FigureSpec = {
  name: "shapingCake",
  deps: ["rlComputeShare", "passesPerReward", "passRate", "bitsPerToken", "pretrainTokens", "rlEpisodes", "rewardBitsPerSecond", "visionBitsPerSecond"],
  build: (values, { width, compact }) => {
    const data = cakeRows(values).map((d) => ({ ...d, x: oddsLog10(d.share) }));
    const reach = Math.max(2, ...data.map((d) => Math.ceil(Math.abs(d.x) + 0.5)));
    const every = Math.max(1, Math.ceil(reach / (compact ? 2 : 4)));
    const ticks = Array.from({ length: Math.floor(reach / every) * 2 + 1 }, (_, i) => 10 ** ((i - Math.floor(reach / every)) * every));
    const shown = data.map((d) => ({ ...d, odds: 10 ** d.x, rlAhead: d.x > 0 }));
    const rowHeight = compact ? 46 : 44;
    const bar = 16;
    const title = (d: (typeof shown)[number]) => (compact ? d.short : d.title);
    const label = (d: (typeof shown)[number]) => (compact ? shortShareLabel(d.share) : `${d.person ? "reward" : "RL"} ${shareLabel(d.share)}`);
    const color = (d: (typeof shown)[number]) => (d.rlAhead ? colors.rl : colors.pretraining);
    return {
      width,
      height: data.length * rowHeight + 66,
      marginTop: 30,
      marginLeft: compact ? 20 : 28,
      marginRight: compact ? 20 : 28,
      marginBottom: 42,
      style: { fontSize: compact ? "10px" : "11px" },
      x: {
        type: "log",
        domain: [10 ** -reach, 10 ** reach],
        ticks,
        tickFormat: tickLabel,
        label: compact ? "RL : pretraining (log scale)" : "← pretraining outweighs RL · RL : pretraining, log scale · RL outweighs pretraining →",
        labelAnchor: "center",
        grid: true,
      },
      y: { domain: data.map((d) => d.key), axis: null, paddingInner: 1 - bar / rowHeight, paddingOuter: 0.2 },
      marks: [
        Plot.barX(shown, { x1: 10 ** -reach, x2: 10 ** reach, y: "key", fill: "currentColor", fillOpacity: 0.06 }),
        Plot.barX(shown, { x1: 1, x2: "odds", y: "key", fill: color, fillOpacity: (d) => (d.person ? 0.55 : 1) }),
        Plot.ruleX([1], { stroke: "currentColor", strokeOpacity: 0.7 }),
        Plot.text([1], { x: (d) => d, frameAnchor: "top", dy: -20, text: () => "parity", textAnchor: "middle", fillOpacity: 0.8 }),
        Plot.text(shown, { x: 10 ** -reach, y: "key", text: title, textAnchor: "start", dy: -(bar / 2 + 7), fontWeight: 600 }),
        ...[true, false].map((rlAhead) =>
          Plot.text(
            shown.filter((d) => d.rlAhead === rlAhead),
            { x: 1, y: "key", text: label, textAnchor: rlAhead ? "end" : "start", dx: rlAhead ? -6 : 6, fontWeight: 600 },
          ),
        ),
        Plot.dot(shown, { x: "odds", y: "key", r: 3.5, fill: color, stroke: "white", strokeWidth: 1 }),
      ],
    };
  },
  table: (values) =>
    cakeRows(values).map(({ key, title, rl, rest, unit, share }) => ({ measure: key, description: title, rl, rest, unit, rlShare: share })),
  describe: (values) => {
    const [compute, events, bits, runs, person] = cakeRows(values).map((d) => d.share) as [number, number, number, number, number];
    return (
      `RL receives ${formatPercent(compute)} of training compute. At that split it supplies ${shareLabel(events)} of reward events ` +
      `and ${shareLabel(bits)} of feedback bits (${formatBits(binaryEntropyBits(values.passRate))} per reward, ` +
      `${formatBits(values.bitsPerToken)} per pretraining token). Counted over whole runs, ` +
      `${formatNumber(values.rlEpisodes, "number")} RL episodes against ${formatNumber(values.pretrainTokens, "number")} pretraining tokens, ` +
      `RL supplies ${shareLabel(runs)} of feedback bits. For comparison, a person's reward signal is ${shareLabel(person)} ` +
      `of reward plus raw visual input.`
    );
  },
};
