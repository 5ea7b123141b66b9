import * as Plot from "@observablehq/plot";
import { formatNumber } from "../../text/format";
import { powerOfTenText } from "../../text/superscript";
import { contextCapacityBits, contextTokensToMatchWeights, weightCapacityBits, weightToContextRatio } from "../../model";
import type { Values } from "../../model/registry";
import { colors, type FigureSpec } from "../types";
import { live } from "../live";

/** Reference points from the Llama 3 paper (its 128K-token window; its 8B and 405B models), at the reader's bits per unit. */
export const references = {
  contextWindowTokens: 128_000,
  smallParameters: 8e9,
  largeParameters: 4.05e11,
} as const;

const domain: [number, number] = [1e3, 1e15];
const n = (x: number) => formatNumber(x, "number");
const exact = (x: number) => formatNumber(x, "number", { digits: 6 });
const asMuch = (r: number) => (r >= 1 ? `${n(r)} times as much` : `only 1/${n(1 / r)} as much`);

interface Row {
  key: string;
  kind: "context" | "weights";
  yours: boolean;
  label: string;
  short: string;
  count: number;
  countUnit: "tokens" | "parameters";
  bitsEach: number;
  bits: number;
}

function rows(v: Pick<Values, "contextTokens" | "bitsPerContextToken" | "parameters" | "bitsPerParameter">): Row[] {
  const ctx = (key: string, label: string, short: string, tokens: number, yours: boolean): Row => ({
    key, kind: "context", yours, label, short, count: tokens, countUnit: "tokens",
    bitsEach: v.bitsPerContextToken, bits: contextCapacityBits(tokens, v.bitsPerContextToken),
  });
  const wts = (key: string, label: string, short: string, parameters: number, yours: boolean): Row => ({
    key, kind: "weights", yours, label, short, count: parameters, countUnit: "parameters",
    bitsEach: v.bitsPerParameter, bits: weightCapacityBits(parameters, v.bitsPerParameter),
  });
  return [
    ctx("window", "Llama 3's context window", "Llama 3's 128K window", references.contextWindowTokens, false),
    ctx("context", "Your context", "Your context", v.contextTokens, true),
    wts("small", "Llama 3 8B", "Llama 3 8B", references.smallParameters, false),
    wts("weights", "Your weights", "Your weights", v.parameters, true),
    wts("large", "Llama 3 405B", "Llama 3 405B", references.largeParameters, false),
  ];
}

/** What the context can hold against what the weights can hold, in bits, on one log axis. */
export const contextVsWeights: FigureSpec = {
  name: "contextVsWeights",
  deps: ["contextTokens", "bitsPerContextToken", "parameters", "bitsPerParameter"],
  live: { frame: () => "" },
  build: (v, { width, compact }) => {
    const data = rows(v);
    const r = weightToContextRatio(v.parameters, v.bitsPerParameter, v.contextTokens, v.bitsPerContextToken);
    const versus = r >= 1 ? (compact ? `${n(r)}× context` : `${n(r)} times your context`) : `1/${n(1 / r)} of ${compact ? "" : "your "}context`;
    const title = (d: Row) => {
      const count = d.key === "window" ? "128K" : n(d.count);
      const ratio = d.key === "weights" ? (compact ? ` (${versus})` : `, ${versus}`) : "";
      if (compact) return `${d.short}: ${n(d.bits)} bits${ratio}`;
      return `${d.label}: ${count} ${d.countUnit} × ${exact(d.bitsEach)} bits = ${n(d.bits)} bits${ratio}`;
    };
    const fill = (d: Row) => (!d.yours ? colors.muted : d.kind === "context" ? colors.rl : colors.pretraining);
    const yours = data.filter((d) => d.yours);
    const others = data.filter((d) => !d.yours);
    return {
      width,
      height: compact ? 270 : 260,
      marginLeft: 14,
      marginRight: compact ? 16 : 20,
      marginTop: 24,
      marginBottom: 40,
      style: { fontSize: "11px" },
      x: {
        type: "log",
        domain,
        ticks: compact ? [1e3, 1e6, 1e9, 1e12, 1e15] : [1e3, 1e5, 1e7, 1e9, 1e11, 1e13, 1e15],
        tickFormat: powerOfTenText,
        label: "Bits it can hold (log scale) →",
        labelAnchor: "right",
        grid: true,
      },
      y: { type: "point", domain: data.map((d) => d.key), axis: null, padding: 0.5 },
      // The axis is fixed; every mark carries the reader's bits per unit, so all of them follow.
      marks: [
        live(Plot.ruleY(others, { y: "key", x1: domain[0], x2: "bits", stroke: colors.muted, strokeWidth: 1.5 })),
        live(Plot.ruleY(yours, { y: "key", x1: domain[0], x2: "bits", stroke: fill, strokeWidth: 3 })),
        live(Plot.dot(others, { y: "key", x: "bits", r: 3.5, fill: colors.muted })),
        live(Plot.dot(yours, { y: "key", x: "bits", r: 6, fill, stroke: "white", strokeWidth: 1.5 })),
        live(Plot.text(others, { y: "key", x: domain[0], text: title, textAnchor: "start", dy: -10, fillOpacity: 0.8 })),
        live(Plot.text(yours, { y: "key", x: domain[0], text: title, textAnchor: "start", dy: -11, fontWeight: 600 })),
      ],
    };
  },
  table: (v) =>
    rows(v).map((d) => ({
      row: d.label,
      setting: d.yours ? "yours" : "reference",
      holds: d.kind,
      count: d.count,
      countUnit: d.countUnit,
      bitsEach: d.bitsEach,
      capacityBits: d.bits,
    })),
  describe: (v) =>
    `Your context of ${exact(v.contextTokens)} tokens at ${exact(v.bitsPerContextToken)} bits per token can hold at most ` +
    `${n(contextCapacityBits(v.contextTokens, v.bitsPerContextToken))} bits. Your weights, ${exact(v.parameters)} parameters at ` +
    `${exact(v.bitsPerParameter)} bits each, hold about ${n(weightCapacityBits(v.parameters, v.bitsPerParameter))} bits: ` +
    `${asMuch(weightToContextRatio(v.parameters, v.bitsPerParameter, v.contextTokens, v.bitsPerContextToken))}. ` +
    `A context would need ${n(contextTokensToMatchWeights(v.parameters, v.bitsPerParameter, v.bitsPerContextToken))} tokens ` +
    `to hold as many bits as the weights. For scale, the figure also shows Llama 3's 128K-token context window and its 8B and 405B models.`,
};
