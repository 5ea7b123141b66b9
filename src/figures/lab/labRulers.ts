import * as Plot from "@observablehq/plot";
import { formatNumber } from "../../text/format";
import { powerOfTenText } from "../../text/superscript";
import { clamp } from "../../model/clamp";
import { decades } from "../ticks";
import type { LabResult } from "../../lab/run";
import { labColors, labInk, type LabFigureSpec } from "./types";

type Ruler = "in" | "learnable" | "shift";
type Colour = keyof typeof labColors;

interface Row {
  readonly key: string;
  readonly group: string;
  readonly header: boolean;
  readonly ruler?: Ruler;
  readonly title: string;
  readonly unit: string;
  readonly value: number;
  readonly colour: Colour;
}

const titles: Record<Ruler, (short: boolean) => string> = {
  in: () => "bits in",
  learnable: (short) => (short ? "above the world’s entropy" : "above the world’s entropy (learnable)"),
  shift: (short) => (short ? "shift (KL)" : "shift of the model’s behaviour (KL)"),
};

/** The rulers of one run, grouped by regime and phase: what came in, what lay above the floor, how far the model moved. */
function rows(r: LabResult, short = false): Row[] {
  const groups: { group: string; colour: Colour; rulers: [Ruler, string, number][] }[] = [
    {
      group: "Pretraining only",
      colour: "pretrainOnly",
      rulers: [
        ["in", "surprisal", r.pretrainOnly.surprisalBits],
        ["learnable", "", r.pretrainOnly.reducibleBits],
        ["shift", "", r.shiftBits.pretrainOnly],
      ],
    },
    {
      group: "Pretrain, then RL: pretraining, to the switch",
      colour: "pretrainThenRl",
      rulers: [
        ["in", "surprisal", r.pretrainThenRl.surprisalBits],
        ["learnable", "", r.pretrainThenRl.reducibleBits],
        ["shift", "", r.shiftBits.pretrain],
      ],
    },
    {
      group: "Pretrain, then RL: RL, after the switch",
      colour: "pretrainThenRl",
      rulers: [
        ["in", "rewards, Σ H(p)", r.pretrainThenRl.rewardBits],
        ["shift", "", r.shiftBits.rl],
      ],
    },
    {
      group: "RL from scratch",
      colour: "rlOnly",
      rulers: [
        ["in", "rewards, Σ H(p)", r.rlOnly.rewardBits],
        ["shift", "", r.shiftBits.rlOnly],
      ],
    },
  ];
  return groups.flatMap(({ group, colour, rulers }) => [
    { key: group, group, header: true, title: group, unit: "", value: NaN, colour },
    ...rulers.map(([ruler, what, value]) => ({
      key: `${group} ${ruler}`,
      group,
      header: false,
      ruler,
      title: what ? `${titles[ruler](short)} (${what})` : titles[ruler](short),
      unit: ruler === "shift" ? "bits per sentence" : "bits",
      value,
      colour,
    })),
  ]);
}

const show = (v: number) => formatNumber(v, "number");

/**
 * What the lab's run took in, could learn and moved, as bars on one logarithmic axis of bits: bits in (surprisal,
 * or Σ H(p) of the rewards), the part of pretraining's surprisal above the world’s entropy, and
 * the shift of the model's distribution over sentences, KL(after ‖ before), outlined because it is
 * bits per sentence, a distance moved rather than information received.
 */
export const labRulers: LabFigureSpec = {
  name: "labRulers",
  source: "run",
  build: (r: LabResult, { width, compact }) => {
    const data = rows(r, compact);
    const bars = data.filter((d) => !d.header);
    const positive = bars.map((d) => d.value).filter((v) => v > 0 && Number.isFinite(v));
    const top = 10 ** Math.ceil(Math.log10(Math.max(10, ...positive)));
    const bottom = Math.max(top / 1e12, 10 ** Math.floor(Math.log10(Math.min(1, ...positive))));
    const ticks = decades(bottom, top, compact ? 5 : 9).map((k) => 10 ** k);
    const rowHeight = compact ? 34 : 32;
    const drawn = bars.filter((d) => d.value > 0);
    return {
      width,
      height: data.length * rowHeight + 46,
      marginTop: 10,
      marginLeft: 16,
      marginRight: 16,
      marginBottom: 36,
      style: { fontSize: "11px" },
      x: { type: "log", domain: [bottom, top], ticks, tickFormat: powerOfTenText, label: "bits, logarithmic →", labelAnchor: "right" },
      y: { domain: data.map((d) => d.key), axis: null, paddingInner: 0.5, paddingOuter: 0.1 },
      marks: [
        Plot.gridX(ticks, { strokeOpacity: 0.12 }),
        Plot.barX(drawn.filter((d) => d.ruler !== "shift"), {
          x1: bottom,
          x2: (d: Row) => clamp(d.value, bottom, top),
          y: "key",
          fill: (d: Row) => labColors[d.colour],
          fillOpacity: (d: Row) => (d.ruler === "in" ? 0.9 : 0.45),
        }),
        Plot.barX(drawn.filter((d) => d.ruler === "shift"), {
          x1: bottom,
          x2: (d: Row) => clamp(d.value, bottom, top),
          y: "key",
          fill: "var(--bg, white)",
          stroke: (d: Row) => labColors[d.colour],
          strokeWidth: 1.5,
          inset: 0.75,
        }),
        Plot.text(bars, {
          x: bottom,
          y: "key",
          text: (d: Row) => `${d.title}: ${Number.isFinite(d.value) ? show(d.value) : "unbounded"} ${d.unit}`,
          textAnchor: "start",
          dy: -(rowHeight * 0.25 + 7),
          fill: "currentColor",
          fillOpacity: 0.85,
        }),
        Plot.text(data.filter((d) => d.header), {
          x: bottom,
          y: "key",
          text: "title",
          textAnchor: "start",
          dy: 2,
          fontWeight: 700,
          fill: (d: Row) => labInk[d.colour],
        }),
      ],
    };
  },
  table: (r: LabResult) =>
    rows(r)
      .filter((d) => !d.header)
      .map((d) => ({ regime: d.group, ruler: d.ruler!, measures: d.title, unit: d.unit, value: d.value })),
  describe: (r: LabResult) =>
    `Bits in, bits learnable and the shift of the run, in bits on a logarithmic axis. Pretraining alone took in ${show(r.pretrainOnly.surprisalBits)} bits of surprisal, ` +
    `${show(r.pretrainOnly.reducibleBits)} of them above the world’s entropy of ${show(r.worldEntropyBits)} bits a sentence, and moved its model by ` +
    `${show(r.shiftBits.pretrainOnly)} bits per sentence. Pretrain-then-RL's pretraining took in ${show(r.pretrainThenRl.surprisalBits)} bits ` +
    `(${show(r.pretrainThenRl.reducibleBits)} above the entropy) and moved the model ${show(r.shiftBits.pretrain)} bits per sentence; its rewards carried at most ` +
    `${show(r.pretrainThenRl.rewardBits)} bits and moved it ${show(r.shiftBits.rl)} more. RL from scratch's rewards carried at most ` +
    `${show(r.rlOnly.rewardBits)} bits and moved its model ${show(r.shiftBits.rlOnly)} bits per sentence.`,
};
