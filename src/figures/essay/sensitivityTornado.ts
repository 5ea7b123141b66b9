import * as Plot from "@observablehq/plot";
import { formatNumber, formatPercent } from "../../text/format";
import { powerOfTenText } from "../../text/superscript";
import { headlineOutputs, headlineSwings } from "../../model/headlineSwings";
import { type InputId, inputSpec, outputSpec, type Values } from "../../model/registry";
import { colors, ink, type FigureSpec } from "../types";
import { live } from "../live";

const factor = (swing: number) => `×${formatNumber(10 ** swing, "number", { digits: 2 })}`;

function rows(values: Values) {
  return headlineSwings(values).flatMap(({ output, swings }) => {
    const spec = outputSpec(output);
    const base = spec.compute(values);
    return [
      { key: output, header: true, title: spec.label, output, input: undefined as InputId | undefined, min: NaN, max: NaN, base, swing: 0 },
      ...swings.map((s) => ({ key: `${output} ${s.id}`, header: false, title: inputSpec(s.id).label, output, input: s.id as InputId | undefined, min: s.min, max: s.max, base, swing: s.swing, atLow: s.atLow, atHigh: s.atHigh })),
    ];
  });
}

const floor = 1e-12;
const clampShare = (y: number) => Math.min(1, Math.max(floor, y));

/** The left end of the log axis: a decade at or below the smallest share drawn (one more on a phone). */
function axisFrom(data: ReturnType<typeof rows>, compact: boolean): number {
  const bars = data.filter((d) => !d.header);
  const lowest = Math.min(...bars.flatMap((d) => [d.min, d.base]).filter((y) => y > 0).map(clampShare));
  return Math.max(-12, Math.floor(Math.log10(lowest)) - (compact ? 1 : 0));
}

/**
 * A tornado chart: for each headline share, one bar per assumption it reads, spanning the share's
 * range as that assumption sweeps its 90% interval (the others at the reader's values), longest
 * first; a tick marks the reader's current value. Logarithmic, since the shares span decades.
 */
export const sensitivityTornado: FigureSpec = {
  name: "sensitivityTornado",
  deps: [...new Set(headlineOutputs.flatMap((id) => outputSpec(id).deps))],
  live: {
    // The rows are sorted by swing, so their order is part of the frame as well as the axis.
    frame: (values, { compact }) => {
      const data = rows(values);
      return `${axisFrom(data, compact)} ${data.map((d) => d.key).join(",")}`;
    },
  },
  build: (values, { width, compact }) => {
    const data = rows(values);
    const bars = data.filter((d) => !d.header);
    const from = axisFrom(data, compact);
    const step = compact ? Math.max(2, Math.ceil(-from / 4)) : Math.max(1, Math.ceil(-from / 8));
    const ticks = Array.from({ length: Math.floor(-from / step) + 1 }, (_, i) => 10 ** (-i * step)).reverse();
    const rowHeight = compact ? 36 : 34;
    const bar = rowHeight * 0.45;
    return {
      width,
      height: data.length * rowHeight + 50,
      marginTop: 10,
      marginLeft: 16,
      marginRight: compact ? 44 : 56,
      marginBottom: 36,
      style: { fontSize: "11px" },
      x: { type: "log", domain: [10 ** from, 1], ticks, tickFormat: powerOfTenText, label: "share, logarithmic (10⁻² = 1%) →", labelAnchor: "right" },
      y: { domain: data.map((d) => d.key), axis: null, paddingInner: 0.55, paddingOuter: 0.1 },
      marks: [
        Plot.gridX(ticks, { strokeOpacity: 0.12 }),
        live(Plot.barX(bars, { x1: (d) => clampShare(d.min), x2: (d) => clampShare(d.max), y: "key", fill: colors.rl, fillOpacity: 0.8 })),
        live(Plot.tickX(bars, { x: (d) => clampShare(d.base), y: "key", stroke: "currentColor", strokeWidth: 2 })),
        Plot.text(bars, { x: 10 ** from, y: "key", text: "title", textAnchor: "start", dy: -(bar / 2 + 7), fill: "currentColor", fillOpacity: 0.85 }),
        live(Plot.text(bars, { x: 1, y: "key", text: (d) => factor(d.swing), textAnchor: "start", dx: 4, fill: ink.rl, fontWeight: 600 })),
        live(Plot.text(data.filter((d) => d.header), {
          x: 10 ** from,
          y: "key",
          text: (d) => `${d.title}: ${formatPercent(d.base)}`,
          // On a phone the longest conclusion takes two lines.
          lineWidth: compact ? 22 : Infinity,
          textAnchor: "start",
          dy: 2,
          fontWeight: 700,
          fill: "currentColor",
        })),
      ],
    };
  },
  describe: (values) => {
    const parts = headlineSwings(values).map(({ output, swings }) => {
      const order = swings.map((s) => `${inputSpec(s.id).label} (${factor(s.swing)})`).join(", then ");
      return `${outputSpec(output).label}, now ${formatPercent(outputSpec(output).compute(values))}, moves most with ${order}`;
    });
    return `Bars show how far each headline share moves as one assumption sweeps its 90% interval, the others at your values; a tick marks your value. ${parts.join(". ")}.`;
  },
  table: (values) =>
    rows(values)
      .filter((d) => !d.header)
      .map((d) => {
        const u = inputSpec(d.input!).uncertainty;
        return {
          conclusion: d.output,
          assumption: d.input!,
          interval_low: u.kind === "interval" ? u.low : NaN,
          interval_high: u.kind === "interval" ? u.high : NaN,
          share_at_low: "atLow" in d ? d.atLow! : NaN,
          share_at_high: "atHigh" in d ? d.atHigh! : NaN,
          least_share: d.min,
          greatest_share: d.max,
          decades_moved: d.swing,
          share_at_your_values: d.base,
        };
      }),
};
