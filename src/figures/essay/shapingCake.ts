import * as Plot from "@observablehq/plot";
import { live } from "../live";
import { formatBits, formatNumber, formatPercent } from "../../text/format";
import {
  binaryEntropyBits,
  keptBitsBound,
  partShare,
  pretrainLearnableBits,
  pretrainTotalBits,
  rlBitsPerPass,
  rlEventShare,
  rlSignalShare,
  rlTotalBits,
  weightCapacityBits,
} from "../../model";
import type { Values } from "../../model/registry";
import { log10Odds } from "../../model/logOdds";
import { colors, type FigureSpec } from "../types";

/**
 * RL's slice of the cake by each accounting, from the reader's numbers: what RL receives (compute),
 * what it returns as graded events and as bits in at the same split, then whole runs on the three
 * rulers (bits in, bits learnable, bits kept), and for comparison a person's reward bits against
 * raw vision. On the learnable and kept rows RL keeps its H(p) per reward, already a bound on what a
 * reward can say about the world; kept bits are bounded by the weights' capacity on both sides.
 */
export function cakeRows(v: Values) {
  const f = v.rlComputeShare;
  const L = v.passesPerReward;
  const rlBits = rlBitsPerPass(v.passRate, L);
  const rlRun = rlTotalBits(v.rlEpisodes, v.passRate);
  const preRun = pretrainTotalBits(v.pretrainTokens, v.bitsPerToken);
  const preLearnable = pretrainLearnableBits(v.pretrainTokens, v.parameters, v.lossSizeTermNats, v.lossSizeExponent, v.lossDataTermNats, v.lossDataExponent, v.bitsPerToken);
  const capacity = weightCapacityBits(v.parameters, v.bitsPerParameter);
  const preKept = keptBitsBound(preLearnable, capacity);
  const rlKept = keptBitsBound(rlRun, capacity);
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
      title: "Bits in, same split (surprisal vs H(p), per pass)",
      short: "Bits in, per pass",
      rl: f * rlBits,
      rest: (1 - f) * v.bitsPerToken,
      unit: "bits per forward pass of training",
      share: rlSignalShare(f, rlBits, v.bitsPerToken),
      person: false,
    },
    {
      key: "runs",
      title: "Bits in, whole runs (episodes vs tokens)",
      short: "Bits in, runs",
      rl: rlRun,
      rest: preRun,
      unit: "bits",
      share: partShare(rlRun, preRun),
      person: false,
    },
    {
      key: "learnable",
      title: "Bits learnable, whole runs (loss above its floor vs H(p))",
      short: "Bits learnable",
      rl: rlRun,
      rest: preLearnable,
      unit: "bits",
      share: partShare(rlRun, preLearnable),
      person: false,
    },
    {
      key: "kept",
      title: "Bits kept at most, whole runs (capped by the weights)",
      short: "Bits kept, bound",
      rl: rlKept,
      rest: preKept,
      unit: "bits",
      share: partShare(rlKept, preKept),
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
/** Decades of odds the axis spans on either side of parity: enough for the furthest row, at least two. */
function reachOf(values: Values): number {
  return Math.max(2, ...cakeRows(values).map((d) => Math.ceil(Math.abs(oddsLog10(d.share)) + 0.5)));
}

export const shapingCake: FigureSpec = {
  name: "shapingCake",
  deps: [
    "rlComputeShare",
    "passesPerReward",
    "passRate",
    "bitsPerToken",
    "pretrainTokens",
    "rlEpisodes",
    "rewardBitsPerSecond",
    "visionBitsPerSecond",
    "parameters",
    "bitsPerParameter",
    "lossSizeTermNats",
    "lossSizeExponent",
    "lossDataTermNats",
    "lossDataExponent",
  ],
  // The axis reaches as many decades as the furthest row needs: while that holds, only the bars, their labels and dots move.
  live: { frame: (values) => String(reachOf(values)) },
  build: (values, { width, compact }) => {
    const data = cakeRows(values).map((d) => ({ ...d, x: oddsLog10(d.share) }));
    const reach = reachOf(values);
    const every = Math.max(1, Math.ceil(reach / (compact ? 2 : 4)));
    const ticks = Array.from({ length: Math.floor(reach / every) * 2 + 1 }, (_, i) => 10 ** ((i - Math.floor(reach / every)) * every));
    const shown = data.map((d) => ({ ...d, odds: 10 ** d.x, rlAhead: d.x > 0 }));
    const rowHeight = compact ? 46 : 44;
    const bar = 16;
    const title = (d: (typeof shown)[number]) => (compact ? d.short : d.title);
    const label = (d: (typeof shown)[number]) => (compact ? shortShareLabel(d.share) : `${d.person ? "reward" : "RL"} ${shareLabel(d.share)}`);
    const color = (d: (typeof shown)[number]) => (d.rlAhead ? colors.rl : colors.pretraining);
    // The legend: one line above the plot when wide, three when narrow.
    const legend = [
      { swatch: colors.pretraining, opacity: 1, text: "pretraining outweighs RL" },
      { swatch: colors.rl, opacity: 1, text: "RL outweighs pretraining" },
      { swatch: colors.pretraining, opacity: 0.55, text: "paler: a person, not a model" },
    ];
    const legendTop = compact ? 3 * 14 : 18;
    const marginTop = 30 + legendTop;
    const legendMarks = legend.flatMap((item, i) => {
      const dx = compact ? 0 : [0, 180, 350][i]!;
      const dy = compact ? i * 14 - marginTop + 8 : -marginTop + 8;
      const at = { frameAnchor: "top-left" as const, dx, dy };
      return [
        // A square mark, not a "■" glyph: a swatch is a shape, held to 3:1 against the page, not to text's 4.5:1.
        Plot.dot([item], { ...at, dx: dx + 5, dy: dy - 1, symbol: "square", r: 5, fill: item.swatch, fillOpacity: item.opacity }),
        Plot.text([item], { ...at, dx: dx + 14, text: (d: typeof item) => d.text, textAnchor: "start", fill: "currentColor" }),
      ];
    });
    return {
      width,
      height: data.length * rowHeight + 66 + legendTop,
      marginTop,
      // Room for half of the outermost tick's label ("10¹⁰ : 1") on either side.
      marginLeft: compact ? 30 : 28,
      marginRight: compact ? 30 : 28,
      marginBottom: 42,
      style: { fontSize: "11px" },
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
        live(Plot.barX(shown, { x1: 1, x2: "odds", y: "key", fill: color, fillOpacity: (d) => (d.person ? 0.55 : 1) })),
        // Parity is marked on each row's band only, so no row's title above its bar is crossed.
        Plot.tickX(shown, { x: () => 1, y: "key", stroke: "currentColor", strokeOpacity: 0.7 }),
        Plot.text([1], { x: (d) => d, frameAnchor: "top", dy: -20, text: () => "parity", textAnchor: "middle", fillOpacity: 0.8 }),
        Plot.text(shown, { x: 10 ** -reach, y: "key", text: title, textAnchor: "start", dy: -(bar / 2 + 7), fontWeight: 600 }),
        ...[true, false].map((rlAhead) =>
          live(
            Plot.text(
              shown.filter((d) => d.rlAhead === rlAhead),
              { x: 1, y: "key", text: label, textAnchor: rlAhead ? "end" : "start", dx: rlAhead ? -6 : 6, fontWeight: 600 },
            ),
          ),
        ),
        live(Plot.dot(shown, { x: "odds", y: "key", r: 3.5, fill: color, stroke: "white", strokeWidth: 1 })),
        ...legendMarks,
      ],
    };
  },
  table: (values) =>
    cakeRows(values).map(({ key, title, rl, rest, unit, share }) => ({ measure: key, description: title, rl, rest, unit, rlShare: share })),
  describe: (values) => {
    const [compute, events, bits, runs, learnable, kept, person] = cakeRows(values).map((d) => d.share) as [number, number, number, number, number, number, number];
    return (
      `RL receives ${formatPercent(compute)} of training compute. At that split it supplies ${shareLabel(events)} of reward events ` +
      `and ${shareLabel(bits)} of bits in (${formatBits(binaryEntropyBits(values.passRate))} per reward, ` +
      `${formatBits(values.bitsPerToken)} of surprisal per pretraining token). Counted over whole runs, ` +
      `${formatNumber(values.rlEpisodes, "number")} RL episodes against ${formatNumber(values.pretrainTokens, "number")} pretraining tokens, ` +
      `RL supplies ${shareLabel(runs)} of bits in, ${shareLabel(learnable)} of bits learnable (pretraining's loss above its floor) ` +
      `and ${shareLabel(kept)} of the most bits the weights can have kept. For comparison, a person's reward signal is ${shareLabel(person)} ` +
      `of reward plus raw visual input.`
    );
  },
};
