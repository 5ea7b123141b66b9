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

const refLabel = (l: number, compact: boolean) => (compact ? formatNumber(l, "number") : `L = ${formatNumber(l, "number")}`);

/**
 * The references that get a name: each is named just past where it crosses parity, below the rule,
 * and keeps its name only if the next curve to the right (a reference's or the reader's) crosses
 * parity far enough away that it does not run through the name.
 */
function labelledReferences(L: number, width: number, compact: boolean): number[] {
  const maxNines = ninesDomain(L);
  const others = referencesBeside(L, maxNines);
  const perNine = (width - 40 - 36) / maxNines;
  const crossings = [...others, L].map((l) => Math.log10(l + 1)).sort((a, b) => a - b);
  return others.filter((l) => {
    const at = Math.log10(l + 1);
    const next = crossings.find((c) => c > at + 1e-9) ?? maxNines;
    return (next - at) * perNine >= textWidth(refLabel(l, compact), 11) + 12;
  });
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
    frame: ({ passesPerReward: L }, { width, compact }) => {
      const maxNines = ninesDomain(L);
      return `${maxNines} ${referencesBeside(L, maxNines).join(" ")} / ${labelledReferences(L, width, compact).join(" ")}`;
    },
  },
  build: ({ rlComputeShare: f, passesPerReward: L }, { width, compact }) => {
    const maxNines = ninesDomain(L);
    const others = referencesBeside(L, maxNines);
    const reader = curve(L, maxNines);
    const point = { n: Math.min(maxNines, nines(f)), share: rlEventShare(f, L) };
    // Ticks every nine, or every second or third when the labels (99.99…%) would run into each other.
    const every = compact ? (maxNines > 8 ? 3 : 2) : maxNines > 7 ? 2 : 1;
    const labelled = labelledReferences(L, width, compact);
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
        // The last tick keeps its label only if half of it fits in the right margin.
        ticks: Array.from({ length: maxNines + 1 }, (_, i) => i).filter(
          (i) => i % every === 0 && (i < maxNines || textWidth(formatPercent(shareFromNines(i)), 11) / 2 + 6 <= 36),
        ),
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
          Plot.text([{ n: Math.log10(l + 1), share: 0.5 }], { x: "n", y: "share", text: () => refLabel(l, compact), dy: 12, dx: 3, textAnchor: "start", fill: ink.muted }),
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
