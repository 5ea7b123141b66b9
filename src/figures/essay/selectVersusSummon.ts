import * as Plot from "@observablehq/plot";
import { formatBits, formatNumber, formatPower10 } from "../../text/format";
import { alternativesLog10, choiceBits, pretrainTotalBits, rlTotalBits, weightCapacityBits } from "../../model";
import type { Values } from "../../model/registry";
import { halo } from "../halo";
import { superscriptPowers } from "../superscriptPowers";
import { colors, ink, type FigureSpec } from "../types";
import { live } from "../live";
import { textWidth } from "../labels";

/** ", one of 10^x alternatives": how many alternatives that many bits could single out. */
const singlesOut = (bits: number) => (bits > 0 ? `, 1 of ${formatPower10(alternativesLog10(bits))} alternatives` : "");

/** The axis: powers of ten from 1 to a decade or so past the largest bar. */
function axisTop(data: readonly { bits: number }[], compact: boolean): number {
  const top = Math.max(...data.map((d) => d.bits));
  return 10 ** Math.ceil(Math.log10(Math.max(top, 10)) + (compact ? 0.3 : 0.5));
}

function rows(v: Values) {
  const N = formatNumber(v.conceptCount, "number");
  const pre = pretrainTotalBits(v.pretrainTokens, v.bitsPerToken);
  const rl = rlTotalBits(v.rlEpisodes, v.passRate);
  return [
    { row: "Pretraining feedback", short: "Pretraining", bits: pre, fill: colors.pretraining, soft: false, note: singlesOut(pre) },
    { row: "Held in the weights", short: "Weights hold", bits: weightCapacityBits(v.parameters, v.bitsPerParameter), fill: colors.pretrainingSoft, soft: true, note: "" },
    { row: "RL feedback, at most", short: "RL feedback", bits: rl, fill: colors.rl, soft: false, note: singlesOut(rl) },
    {
      row: "Choosing a behaviour", short: "A behaviour",
      bits: choiceBits(v.conceptCount, v.conceptsPerBehaviour), fill: colors.muted, soft: false,
      note: `: ${formatNumber(v.conceptsPerBehaviour, "number")} picks among ${N}`,
    },
    { row: "Choosing a concept", short: "A concept", bits: choiceBits(v.conceptCount), fill: colors.mutedSoft, soft: true, note: `: 1 of ${N}` },
  ];
}


/** Feedback each stage supplies, what the weights hold, and what choosing among existing concepts costs, in bits. */
export const selectVersusSummon: FigureSpec = {
  name: "selectVersusSummon",
  deps: ["pretrainTokens", "bitsPerToken", "parameters", "bitsPerParameter", "rlEpisodes", "passRate", "conceptCount", "conceptsPerBehaviour"],
  live: { frame: (values, { compact }) => String(axisTop(rows(values), compact)) },
  build: (values, { width, compact }) => {
    const data = rows(values);
    const xLo = 1;
    const xHi = axisTop(data, compact);
    const at = (bits: number) => Math.log10(Math.max(bits, xLo) / xLo) / Math.log10(xHi / xLo);
    const [marginLeft, marginRight, fontSize] = [compact ? 88 : 142, compact ? 12 : 20, 11];
    const plotWidth = width - marginLeft - marginRight;
    // A bar's label goes after its end if it fits there, else inside the bar (in white), else it drops its note.
    const shown = data.map((d) => {
      const long = d.bits === 0 ? "0 bits" : `${formatBits(d.bits)}${compact ? "" : d.note}`;
      const short = d.bits === 0 ? "0 bits" : formatBits(d.bits);
      const bar = at(d.bits) * plotWidth;
      const fits = (text: string) => textWidth(text, fontSize, true) + 6;
      const text = fits(long) <= Math.max(plotWidth - bar, bar) ? long : short;
      return { ...d, end: Math.max(xLo, d.bits), text, inside: fits(text) > plotWidth - bar && bar > fits(text) };
    });
    const decades = Math.round(Math.log10(xHi));
    const every = Math.ceil(decades / (compact ? 4 : 8));
    const label = (d: (typeof shown)[number]) => d.text;
    return {
      width,
      height: compact ? 250 : 260,
      style: { fontSize: `${fontSize}px` },
      marginLeft,
      marginRight,
      marginBottom: 38,
      x: {
        type: "log",
        domain: [xLo, xHi],
        ticks: Array.from({ length: Math.floor(decades / every) + 1 }, (_, i) => 10 ** (i * every)),
        tickFormat: (d: number) => formatNumber(d, "number"),
        label: "Bits (log scale) →",
        labelAnchor: "right",
        grid: true,
      },
      y: {
        domain: data.map((d) => d.row),
        label: null,
        padding: 0.22,
        tickFormat: (row: string) => (compact ? data.find((d) => d.row === row)!.short : row),
      },
      marks: [
        live(Plot.barX(shown, { x1: xLo, x2: "end", y: "row", fill: "fill" })),
        live(Plot.text(shown.filter((d) => !d.inside), { x: "end", y: "row", dx: 5, textAnchor: "start", fontWeight: 600, fill: "currentColor", text: label, render: superscriptPowers, ...halo })),
        live(Plot.text(shown.filter((d) => d.inside), { x: "end", y: "row", dx: -5, textAnchor: "end", fontWeight: 600, fill: (d) => (d.soft ? ink.onSoft : ink.onBar), text: label, render: superscriptPowers })),
      ],
    };
  },
  table: (values) => rows(values).map(({ row, bits }) => ({ row, bits, alternativesLog10: alternativesLog10(bits) })),
  describe: (values) => {
    const [pre, weights, rl, behaviour, concept] = rows(values);
    return (
      `Bits on a logarithmic scale. Pretraining supplies ${formatBits(pre!.bits)} of feedback and the weights can hold ${formatBits(weights!.bits)}; ` +
      `RL supplies at most ${formatBits(rl!.bits)}. Choosing one of ${formatNumber(values.conceptCount, "number")} existing concepts takes ${formatBits(concept!.bits)}, ` +
      `and a behaviour made of ${formatNumber(values.conceptsPerBehaviour, "number")} such choices takes ${formatBits(behaviour!.bits)}.`
    );
  },
};
