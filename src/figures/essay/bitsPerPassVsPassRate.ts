import * as Plot from "@observablehq/plot";
import { formatNumber, formatPercent } from "../../text/format";
import { binaryEntropyBits, bitsRatio, rlBitsPerPass } from "../../model";
import { halo } from "../halo";
import { fromLog10Odds, log10Odds } from "../../model/logOdds";
import { colors, type FigureSpec } from "../types";
import { live } from "../live";

/** The pass-rate axis is log-odds (log10Odds), so both tails (p near 0 and near 1) get room. */
function axisBounds(p: number): [number, number] {
  const x = p > 0 && p < 1 ? log10Odds(p) : 0;
  return [Math.max(-15, Math.min(-5, Math.floor(x))), Math.min(15, Math.max(5, Math.ceil(x)))];
}

function curve(L: number, [lo, hi]: [number, number]) {
  const n = 120;
  return Array.from({ length: n + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / n;
    return { x, bits: rlBitsPerPass(fromLog10Odds(x), L) };
  });
}

/** The axes and the reference curves: what a change of p, L or b redraws only when it moves them. */
function frameOf(p: number, L: number, b: number) {
  const bounds = axisBounds(p);
  const [lo, hi] = bounds;
  const refs = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8].filter((l) => {
    const d = Math.abs(Math.log10(l) - Math.log10(L));
    return d > 0.3 && d <= 2.05;
  });
  const you = rlBitsPerPass(p, L);
  const edge = Math.min(binaryEntropyBits(fromLog10Odds(lo)), binaryEntropyBits(fromLog10Odds(hi)));
  const floor = Math.min(edge / Math.max(L, ...refs), you > 0 ? you : Infinity);
  const yLo = 10 ** Math.floor(Math.log10(floor));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(b, 1) * 3));
  return { bounds, refs, you, yLo, yHi };
}

/** Pass rates for ticks: 10^-k, one half, and 1 - 10^-k. */
function passRateTicks([lo, hi]: [number, number], compact: boolean): number[] {
  const step = compact ? 2 : hi - lo > 12 ? 2 : 1;
  const ticks: number[] = [0.5];
  for (let k = step; k <= Math.max(-lo, hi); k += step) {
    if (-k >= lo) ticks.push(10 ** -k);
    if (k <= hi) ticks.push(1 - 10 ** -k);
  }
  return ticks.map(log10Odds).filter((x) => x >= lo - 0.05 && x <= hi + 0.05);
}

/** Pass rates the CSV lists besides the reader's: both tails in decades, and the middle. */
const tablePassRates = [1e-6, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 0.9999, 0.99999, 0.999999];

/** Feedback bits per forward pass against pass rate: RL's H(p)/L curves and pretraining's flat line. */
export const bitsPerPassVsPassRate: FigureSpec = {
  name: "bitsPerPassVsPassRate",
  deps: ["passRate", "passesPerReward", "bitsPerToken"],
  live: {
    frame: ({ passRate: p, passesPerReward: L, bitsPerToken: b }) => {
      const { bounds, refs, yLo, yHi } = frameOf(p, L, b);
      return `${bounds.join(" ")} ${refs.join(" ")} ${yLo} ${yHi}`;
    },
  },
  build: ({ passRate: p, passesPerReward: L, bitsPerToken: b }, { width, compact }) => {
    const { bounds, refs, you, yLo, yHi } = frameOf(p, L, b);
    const [lo, hi] = bounds;
    const decades = Array.from({ length: Math.round(Math.log10(yHi / yLo)) + 1 }, (_, i) => yLo * 10 ** i);
    const yTicks = decades.length > (compact ? 6 : 9) ? decades.filter((_, i) => (decades.length - 1 - i) % 2 === 0) : decades;
    const point = { x: p > 0 && p < 1 ? log10Odds(p) : p === 0 ? lo : hi, bits: you > 0 ? you : yLo };
    const ratio = bitsRatio(b, p, L);
    const gapLabel = ratio === Infinity ? "an unbounded gap" : `${formatNumber(ratio, "number")} times fewer bits`;
    const right = point.x > (lo + hi) / 2;
    const labelX = hi - (hi - lo) * 0.01;
    return {
      width,
      height: compact ? 320 : 340,
      style: { fontSize: compact ? "10px" : "11px" },
      marginLeft: compact ? 44 : 52,
      marginRight: compact ? 16 : 26,
      marginBottom: 40,
      x: {
        domain: bounds,
        ticks: passRateTicks(bounds, compact),
        tickFormat: (x: number) => formatPercent(fromLog10Odds(x)),
        label: "Pass rate p (log-odds scale) →",
        labelAnchor: "right",
      },
      y: {
        type: "log",
        domain: [yLo, yHi],
        ticks: yTicks,
        tickFormat: (d: number) => formatNumber(d, "number"),
        label: "↑ Feedback bits per forward pass",
        grid: true,
      },
      marks: [
        live(Plot.ruleY([b], { stroke: colors.pretraining, strokeWidth: 2.5 })),
        live(Plot.text([b], {
          y: (d) => d, x: lo, dx: 4, dy: -8, textAnchor: "start", fill: colors.pretraining, fontWeight: 600, ...halo,
          text: () => `pretraining: ${formatNumber(b, "number")} bits on every pass`,
        })),
        ...refs.map((l) => Plot.line(curve(l, bounds), { x: "x", y: "bits", stroke: colors.muted, strokeWidth: 1.1 })),
        live(Plot.ruleX([point], { x: "x", y1: "bits", y2: () => b, stroke: "currentColor", strokeDasharray: "3 3", strokeOpacity: 0.7 })),
        Plot.text(refs.map((l) => ({ l, x: lo + 0.6, bits: rlBitsPerPass(fromLog10Odds(lo + 0.6), l) })), {
          x: "x", y: "bits", dy: 11, fill: colors.muted, textAnchor: "start", ...halo,
          text: (d) => (compact ? formatNumber(d.l, "number") : `L = ${formatNumber(d.l, "number")}`),
        }),
        live(Plot.line(curve(L, bounds), { x: "x", y: "bits", stroke: colors.rl, strokeWidth: 2.5 })),
        live(Plot.text([{ x: labelX, bits: rlBitsPerPass(fromLog10Odds(labelX), L) }], {
          x: "x", y: "bits", dy: -8, textAnchor: "end", fill: colors.rl, fontWeight: 600, ...halo,
          text: () => `RL, L = ${formatNumber(L, "number", { digits: 6 })}`,
        })),
        live(Plot.text([point], {
          x: "x", y: () => Math.sqrt(point.bits * b), dx: right ? -6 : 6, textAnchor: right ? "end" : "start",
          text: () => gapLabel, fontStyle: "italic", fill: "currentColor", ...halo,
        })),
        live(Plot.dot([point], { x: "x", y: "bits", r: 5.5, fill: colors.rl, stroke: "white", strokeWidth: 1.5 })),
        live(Plot.text([point], {
          x: "x", y: "bits", dx: right ? -9 : 9, dy: you > 0 ? 13 : -10, textAnchor: right ? "end" : "start", fontWeight: 600, fill: "currentColor", ...halo,
          text: () =>
            you === 0
              ? `you: p = ${formatPercent(p)}, a reward that never varies: 0 bits`
              : compact
                ? `you: ${formatNumber(you, "number")} bits/pass`
                : `you: p = ${formatPercent(p)} → ${formatNumber(you, "number")} bits per pass`,
        })),
      ],
    };
  },
  table: ({ passRate: p, passesPerReward: L, bitsPerToken: b }) =>
    [...tablePassRates.filter((rate) => rate !== p).map((rate) => ({ rate, setting: "grid" })), { rate: p, setting: "yours" }]
      .sort((x, y) => x.rate - y.rate)
      .map(({ rate, setting }) => ({
        passRate: rate,
        setting,
        rewardBitsPerTrajectory: binaryEntropyBits(rate),
        passesPerReward: L,
        rlBitsPerPass: rlBitsPerPass(rate, L),
        pretrainBitsPerPass: b,
      })),
  describe: ({ passRate: p, passesPerReward: L, bitsPerToken: b }) => {
    const ratio = bitsRatio(b, p, L);
    return (
      `Feedback bits per forward pass against the pass rate, on a logarithmic scale. Pretraining gives ${formatNumber(b, "number")} bits on every pass. ` +
      `RL with L = ${formatNumber(L, "number", { digits: 6 })} passes per reward gives at most H(p)/L, which peaks at a pass rate of 50% and falls towards zero at either end; ` +
      `at your pass rate of ${formatPercent(p)} it is ${formatNumber(rlBitsPerPass(p, L), "number")} bits per pass, ` +
      (ratio === Infinity ? "no information at all." : `${formatNumber(ratio, "number")} times fewer than pretraining.`)
    );
  },
};
