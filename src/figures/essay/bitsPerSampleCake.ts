import * as Plot from "@observablehq/plot";
import { formatBits, formatNumber } from "../../text/format";
import { binaryEntropyBits, pretrainBitsPerSample } from "../../model";
import { halo } from "../halo";
import { colors, ink, type FigureSpec } from "../types";
import { live } from "../live";
import { textWidth } from "../labels";

/**
 * LeCun's slide words (NIPS 2016, known from transcriptions), and the ranges we draw for them:
 * "a few" and "millions" are our reading, drawn as 1-10 and 10^6-10^7.
 */
const lecun = {
  rl: { words: "“a few bits for some samples”", band: [1, 10] },
  supervised: { words: "“10 to 10,000 bits per sample”", band: [10, 1e4] },
  selfSupervised: { words: "“millions of bits per sample”", band: [1e6, 1e7] },
} as const;

function layers(p: number, supervised: number, bitsPerToken: number, L: number) {
  return [
    { key: "rl", layer: "Reinforcement", role: "the cherry", bits: binaryEntropyBits(p), fill: colors.rl, ...lecun.rl },
    { key: "supervised", layer: "Supervised", role: "the icing", bits: supervised, fill: colors.muted, ...lecun.supervised },
    { key: "selfSupervised", layer: "Self-supervised", role: "the cake", bits: pretrainBitsPerSample(bitsPerToken, L), fill: colors.pretraining, ...lecun.selfSupervised },
  ];
}


/** The log axis: from a decade or so below the smallest positive bar to at least 10^8. */
function axis(data: readonly { bits: number }[]): [number, number] {
  const positive = data.map((d) => d.bits).filter((x) => x > 0);
  const xLo = Math.max(1e-6, Math.min(0.01, 10 ** Math.floor(Math.log10(Math.min(...positive, 1)) - 0.5)));
  const xHi = Math.max(1e8, 10 ** Math.ceil(Math.log10(Math.max(...positive)) + 0.7));
  return [xLo, xHi];
}

/** Bits per sample for RL, supervised and self-supervised learning, after LeCun's cake, with the reader's numbers. */
export const bitsPerSampleCake: FigureSpec = {
  name: "bitsPerSampleCake",
  deps: ["passRate", "supervisedBitsPerSample", "bitsPerToken", "passesPerReward"],
  live: { frame: ({ passRate: p, supervisedBitsPerSample: s, bitsPerToken: b, passesPerReward: L }) => axis(layers(p, s, b, L)).join(" ") },
  build: ({ passRate: p, supervisedBitsPerSample: s, bitsPerToken: b, passesPerReward: L }, { width, compact }) => {
    const data = layers(p, s, b, L);
    const [xLo, xHi] = axis(data);
    const [marginLeft, marginRight] = [compact ? 98 : 112, compact ? 12 : 20];
    const plotWidth = width - marginLeft - marginRight;
    const at = (x: number) => (Math.log10(Math.max(x, xLo)) - Math.log10(xLo)) / Math.log10(xHi / xLo);
    // A bar's label goes after its end, or inside the bar (in white) when the frame's edge is too near.
    const shown = data.map((d) => {
      const text = d.bits === 0 ? "0 bits: the outcome is certain" : `${formatBits(d.bits)}${compact ? "" : ` (${d.role})`}`;
      const need = textWidth(text, 11, true) + 10;
      const bar = at(d.bits) * plotWidth;
      return { ...d, end: Math.max(xLo, d.bits), text, inside: need > plotWidth - bar && bar > need };
    });
    const mid = Math.sqrt(xLo * xHi);
    const decades = Math.round(Math.log10(xHi / xLo));
    const every = compact ? Math.ceil(decades / 4) : Math.ceil(decades / 8);
    return {
      width,
      height: compact ? 230 : 250,
      style: { fontSize: "11px" },
      marginLeft,
      marginRight,
      marginBottom: 38,
      x: {
        type: "log",
        domain: [xLo, xHi],
        ticks: Array.from({ length: Math.floor(decades / every) + 1 }, (_, i) => xLo * 10 ** (i * every)),
        tickFormat: (d: number) => formatNumber(d, "number"),
        label: "Feedback bits per sample (log scale) →",
        labelAnchor: "right",
        grid: true,
      },
      y: {
        domain: data.map((d) => d.layer),
        label: null,
        padding: 0.18,
        tickFormat: (layer: string) => (layer === "Reinforcement" ? (compact ? "RL" : "Reinforcement") : layer),
      },
      marks: [
        Plot.barX(data, { x1: (d) => d.band[0], x2: (d) => d.band[1], y: "layer", fill: "currentColor", fillOpacity: 0.14, inset: 0 }),
        ...[true, false].map((left) =>
          Plot.text(
            data.filter((d) => d.band[0] < mid === left),
            {
              x: (d) => (left ? d.band[0] : d.band[1]),
              y: "layer",
              text: (d) => (compact ? `LeCun: ${d.words.replace(/ per sample| for some samples/, "")}` : `LeCun: ${d.words}`),
              textAnchor: left ? "start" : "end",
              dx: left ? 3 : -3,
              dy: compact ? -17 : -19,
              fillOpacity: 0.75,
              fontStyle: "italic",
            },
          ),
        ),
        live(Plot.barX(shown, { x1: xLo, x2: "end", y: "layer", fill: "fill", insetTop: compact ? 13 : 15, insetBottom: 4 })),
        live(Plot.text(shown.filter((d) => !d.inside), { x: "end", y: "layer", dy: compact ? 4 : 5, dx: 5, textAnchor: "start", fontWeight: 600, fill: "currentColor", text: "text", ...halo })),
        live(Plot.text(shown.filter((d) => d.inside), { x: "end", y: "layer", dy: compact ? 4 : 5, dx: -5, textAnchor: "end", fontWeight: 600, fill: ink.onBar, text: "text" })),
      ],
    };
  },
  table: ({ passRate: p, supervisedBitsPerSample: s, bitsPerToken: b, passesPerReward: L }) =>
    layers(p, s, b, L).map(({ layer, role, bits, words, band }) => ({
      layer,
      role,
      bitsPerSample: bits,
      lecunWords: words.replace(/[“”]/g, ""),
      lecunBandLow: band[0],
      lecunBandHigh: band[1],
    })),
  describe: ({ passRate: p, supervisedBitsPerSample: s, bitsPerToken: b, passesPerReward: L }) =>
    `Bits of feedback per sample, after LeCun's cake, with your numbers: a binary reward at pass rate ${formatNumber(p * 100, "number")}% carries at most ` +
    `${formatBits(binaryEntropyBits(p))} per trajectory; a labelled sample carries ${formatBits(s)}; and pretraining on a text as long as one trajectory ` +
    `(${L} tokens at ${formatNumber(b, "number")} bits each) carries ${formatBits(pretrainBitsPerSample(b, L))}.`,
};
