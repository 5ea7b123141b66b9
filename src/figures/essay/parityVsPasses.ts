import * as Plot from "@observablehq/plot";
import { formatNumber, formatPercent } from "../../text/format";
import { nines, parityRlShare, shareFromNines } from "../../model";
import { colors, ink, type FigureSpec } from "../types";
import { live } from "../live";
import { textWidth } from "../labels";

/** Reference trajectory lengths, in tokens, each with its source (see the chapter's prose). */
export const referencePoints = [
  { L: 1000, label: "the thread's guess, ~1,000", short: "guess ~1,000" },
  { L: 20480, label: "DAPO's cap, 20,480", short: "DAPO 20,480" },
  { L: 65536, label: "R1-Zero's later cap, 65,536", short: "R1-Zero 65,536" },
] as const;

const line = Array.from({ length: 161 }, (_, i) => {
  const L = 10 ** (i / 20);
  return { L, n: nines(parityRlShare(L)) };
});

/** The RL compute share needed for parity in reward events, against passes per reward. */
export const parityVsPasses: FigureSpec = {
  name: "parityVsPasses",
  deps: ["passesPerReward"],
  live: { frame: () => "" },
  build: ({ passesPerReward: L }, { width, compact }) => {
    const you = { L, n: nines(parityRlShare(L)) };
    const youText = compact ? `you: ${formatPercent(parityRlShare(L))}` : `you: L = ${formatNumber(L, "number", { digits: 6 })} → ${formatPercent(parityRlShare(L))}`;
    // Right of the dot and below the rising curve, or, when that would run past the frame, left of it and above.
    const marginLeft = compact ? 80 : 86;
    const plotWidth = width - marginLeft - 36;
    const flip = (Math.log10(L) / 8) * plotWidth + 9 + textWidth(youText, 11, true) > plotWidth;
    const refs = referencePoints.map((r) => ({ ...r, n: nines(parityRlShare(r.L)) }));
    return {
      width,
      height: 300,
      marginLeft,
      style: { fontSize: "11px" },
      marginRight: 36,
      marginBottom: 40,
      x: { type: "log", domain: [1, 1e8], label: "Forward passes per reward, L →", labelAnchor: "right", tickFormat: (d: number) => formatNumber(d, "number"), ticks: compact ? 4 : 8 },
      y: {
        domain: [0, 8.5],
        ticks: compact ? [0.30103, 1, 2, 4, 6, 8] : [0.30103, 1, 2, 3, 4, 5, 6, 7, 8],
        tickFormat: (n: number) => formatPercent(shareFromNines(n)),
        label: "↑ RL compute share needed for parity",
        grid: true,
      },
      marks: [
        Plot.line(line, { x: "L", y: "n", stroke: "currentColor", strokeWidth: 1.5 }),
        Plot.dot(refs, { x: "L", y: "n", r: 3.5, fill: colors.pretraining }),
        Plot.text(refs, { x: "L", y: "n", text: compact ? "short" : "label", textAnchor: "end", dx: -8, dy: -6, fill: ink.pretraining }),
        live(Plot.dot([you], { x: "L", y: "n", r: 5.5, fill: colors.rl, stroke: "white", strokeWidth: 1.5 })),
        live(Plot.text([you], {
          x: "L", y: "n",
          text: () => youText,
          textAnchor: flip ? "end" : "start", dx: flip ? -9 : 9, dy: flip ? -12 : 12, fontWeight: 600,
        })),
      ],
    };
  },
  table: ({ passesPerReward: L }) => [
    ...line.map((d) => ({ series: "parity curve", passesPerReward: d.L, parityRlShare: parityRlShare(d.L) })),
    ...referencePoints.map((r) => ({ series: r.label, passesPerReward: r.L, parityRlShare: parityRlShare(r.L) })),
    { series: "your setting", passesPerReward: L, parityRlShare: parityRlShare(L) },
  ],
  describe: ({ passesPerReward: L }) =>
    `The RL compute share needed for parity in reward events, L / (L + 1), rises by one “nine” for every tenfold increase in L. ` +
    `At your L = ${L} it is ${formatPercent(parityRlShare(L))}.`,
};
