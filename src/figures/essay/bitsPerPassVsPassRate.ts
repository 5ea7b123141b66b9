import * as Plot from "@observablehq/plot";
import { formatNumber, formatPercent } from "../../text/format";
import { binaryEntropyBits, bitsRatio, rlBitsPerPass } from "../../model";
import { fromLog10Odds, log10Odds } from "../../model/logOdds";
import { colors, ink, type FigureSpec } from "../types";
import { live } from "../live";
import { marginLine } from "../labels";

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
    // Not within half a decade of L: their names in the margin would run into the reader's.
    return d > 0.5 && d <= 2.05;
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
    const gap = ratio === Infinity ? "an unbounded gap" : `${formatNumber(ratio, "number")}× fewer`;
    const youText =
      you === 0
        ? `you: p = ${formatPercent(p)}${compact ? " → 0 bits" : ", a reward that never varies: 0 bits"}, ${gap}`
        : compact
          ? `you: ${formatNumber(you, "number")} bits/pass, ${gap}`
          : `you: p = ${formatPercent(p)} → ${formatNumber(you, "number")} bits per pass, ${gap}`;
    // Every curve is named in the right margin (clear of a dot at the edge), level with its own end: the curves are parallel
    // there (a decade apart per tenfold L), so the names never meet a curve or each other.
    const atEnd = (l: number) => ({ l, x: hi, bits: rlBitsPerPass(fromLog10Odds(hi), l) });
    const name = (l: number) => (compact ? formatNumber(l, "number") : `L = ${formatNumber(l, "number")}`);
    // Two lines in the top margin: the y-axis label (Plot's) and pretraining's level, then the reader's point.
    const marginTop = 38;
    return {
      width,
      height: compact ? 340 : 356,
      style: { fontSize: "11px" },
      marginTop,
      marginLeft: compact ? 44 : 52,
      marginRight: compact ? 66 : 92,
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
        label: compact ? "↑ bits per pass" : "↑ Feedback bits per forward pass",
        grid: true,
      },
      marks: [
        live(Plot.ruleY([b], { stroke: colors.pretraining, strokeWidth: 2.5 })),
        live(marginLine(compact ? `pretraining: ${formatNumber(b, "number")} bits/pass` : `pretraining: ${formatNumber(b, "number")} bits on every pass`, marginTop, { fill: ink.pretraining })),
        ...refs.map((l) => Plot.line(curve(l, bounds), { x: "x", y: "bits", stroke: colors.muted, strokeWidth: 1.1 })),
        Plot.text(refs.map(atEnd), { x: "x", y: "bits", dx: 9, textAnchor: "start", fill: ink.muted, text: (d) => name(d.l) }),
        live(Plot.ruleX([point], { x: "x", y1: "bits", y2: () => b, stroke: "currentColor", strokeDasharray: "3 3", strokeOpacity: 0.7 })),
        live(Plot.line(curve(L, bounds), { x: "x", y: "bits", stroke: colors.rl, strokeWidth: 2.5 })),
        live(Plot.text([atEnd(L)], { x: "x", y: "bits", dx: 9, textAnchor: "start", fill: ink.rl, fontWeight: 600, text: (d) => name(d.l) })),
        live(Plot.dot([point], { x: "x", y: "bits", r: 5.5, fill: colors.rl, stroke: "white", strokeWidth: 1.5 })),
        live(marginLine(youText, marginTop, { dy: 3 - marginTop + 16 })),
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
