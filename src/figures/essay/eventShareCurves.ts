import * as Plot from "@observablehq/plot";
import { formatNumber, formatPercent } from "../../text/format";
import { nines, parityRlShare, rlEventShare, shareFromNines } from "../../model";
import { colors, ink, type FigureSpec } from "../types";
import { live } from "../live";
import { marginLine, textWidth } from "../labels";

const referenceLengths = [1, 10, 100, 1e4, 1e5];

/** How many nines the horizontal axis spans: enough to show parity at L, with room either side. */
function ninesDomain(L: number): number {
  return Math.min(11, Math.max(5, Math.ceil(Math.log10(L)) + 3));
}

/** The reference curves drawn besides the reader's: those not too close to L, and inside the axis. */
function referencesBeside(L: number, maxNines: number): number[] {
  return referenceLengths.filter((l) => Math.abs(Math.log10(l) - Math.log10(L)) > 0.25 && Math.log10(l) < maxNines - 0.5);
}

function curve(L: number, maxNines: number) {
  return Array.from({ length: 81 }, (_, i) => {
    const n = (i / 80) * maxNines;
    return { n, share: rlEventShare(shareFromNines(n), L), L };
  });
}

/** RL's share of reward events against RL's share of compute, on an axis of "nines". */
export const eventShareCurves: FigureSpec = {
  name: "eventShareCurves",
  deps: ["rlComputeShare", "passesPerReward"],
  live: {
    frame: ({ passesPerReward: L }) => {
      const maxNines = ninesDomain(L);
      return `${maxNines} ${referencesBeside(L, maxNines).join(" ")}`;
    },
  },
  build: ({ rlComputeShare: f, passesPerReward: L }, { width, compact }) => {
    const maxNines = ninesDomain(L);
    const others = referencesBeside(L, maxNines);
    const reader = curve(L, maxNines);
    const point = { n: Math.min(maxNines, nines(f)), share: rlEventShare(f, L) };
    // Ticks every nine, or every second or third when the labels (99.99…%) would run into each other.
    const every = compact ? (maxNines > 8 ? 3 : 2) : maxNines > 7 ? 2 : 1;
    // Each reference is labelled just past where it crosses parity; when a nine is narrower than a label, every other one.
    const refLabel = (l: number) => (compact ? formatNumber(l, "number") : `L = ${formatNumber(l, "number")}`);
    const perNine = (width - 40 - 36) / maxNines;
    const crowded = others.some((l) => textWidth(refLabel(l), 11) + 8 > perNine);
    const labelled = crowded ? others.filter((_, i) => i % 2 === 0) : others;
    const you = compact
      ? `you: ${formatPercent(point.share)} of events`
      : `you: L = ${formatNumber(L, "number", { digits: 6 })}, ${formatPercent(f)} of compute → ${formatPercent(point.share)} of events`;
    return {
      width,
      height: compact ? 300 : 320,
      style: { fontSize: "11px" },
      marginRight: 36,
      marginBottom: 40,
      x: {
        domain: [0, maxNines],
        ticks: Array.from({ length: maxNines + 1 }, (_, i) => i).filter((i) => i % every === 0),
        tickFormat: (n: number) => formatPercent(shareFromNines(n)),
        label: "RL's share of training compute →",
        labelAnchor: "right",
      },
      y: { domain: [0, 1], tickFormat: (d: number) => formatPercent(d), label: compact ? "↑ RL's share of events" : "↑ RL's share of reward events", grid: true },
      marks: [
        Plot.ruleY([0.5], { stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.5 }),
        // At the right end, above the rule: every curve has crossed parity by then, so none runs through the word.
        Plot.text([0.5], { y: (d) => d, frameAnchor: "right", text: () => "parity", textAnchor: "end", lineAnchor: "bottom", dy: -4, dx: -2 }),
        ...others.map((l) => Plot.line(curve(l, maxNines), { x: "n", y: "share", stroke: colors.muted, strokeWidth: 1.2 })),
        ...labelled.map((l) =>
          Plot.text([{ n: Math.log10(l + 1), share: 0.5 }], { x: "n", y: "share", text: () => refLabel(l), dy: 12, dx: 3, textAnchor: "start", fill: ink.muted }),
        ),
        live(Plot.line(reader, { x: "n", y: "share", stroke: colors.rl, strokeWidth: 2.5 })),
        live(Plot.dot([point], { x: "n", y: "share", r: 5.5, fill: colors.rl, stroke: "white", strokeWidth: 1.5 })),
        // The reader's setting is spelled out in the top margin, clear of the curves.
        live(marginLine(you, 20)),
      ],
    };
  },
  table: ({ passesPerReward: L }) => {
    const maxNines = ninesDomain(L);
    return [...new Set([...referenceLengths, L])].flatMap((l) =>
      curve(l, maxNines).map(({ n, share }) => ({ passesPerReward: l, rlComputeShare: shareFromNines(n), rlEventShare: share })),
    );
  },
  describe: ({ rlComputeShare: f, passesPerReward: L }) =>
    `Curves of RL's share of reward events against RL's share of compute. With L = ${L} passes per reward, ` +
    `RL reaches half of all reward events only at ${formatPercent(parityRlShare(L))} of compute; your setting, ` +
    `${formatPercent(f)} of compute, gives ${formatPercent(rlEventShare(f, L))} of events.`,
};
