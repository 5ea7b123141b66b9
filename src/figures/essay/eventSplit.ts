import * as Plot from "@observablehq/plot";
import { formatPercent } from "../../text/format";
import { rlEventShare } from "../../model";
import { colors, ink, type FigureSpec } from "../types";
import { live } from "../live";

function rows(f: number, L: number) {
  const events = rlEventShare(f, L);
  return [
    { row: "Compute", part: "Pretraining", share: 1 - f, start: 0 },
    { row: "Compute", part: "RL", share: f, start: 1 - f },
    { row: "Reward events", part: "Pretraining", share: 1 - events, start: 0 },
    { row: "Reward events", part: "RL", share: events, start: 1 - events },
  ];
}

/** Two bars: how compute splits between pretraining and RL, and how reward events split. */
export const eventSplit: FigureSpec = {
  name: "eventSplit",
  deps: ["rlComputeShare", "passesPerReward"],
  live: { frame: () => "" },
  build: ({ rlComputeShare: f, passesPerReward: L }, { width, compact }) => {
    const data = rows(f, L);
    const label = (d: (typeof data)[number]) => `${d.part} ${formatPercent(d.share)}`;
    // Each part's label sits above its bar's end, in its colour: never inside the other part's bar, however thin its own.
    const height = compact ? 150 : 160;
    const [marginTop, marginBottom, padding] = [24, 30, 0.5];
    const step = (height - marginTop - marginBottom) / (2 + padding);
    const above = -(step * (1 - padding)) / 2 - 8;
    return {
      width,
      height,
      marginTop,
      marginBottom,
      marginLeft: compact ? 62 : 110,
      style: { fontSize: compact ? "11px" : "12px" },
      marginRight: 20,
      x: { domain: [0, 1], tickFormat: (d: number) => formatPercent(d), label: null, ticks: compact ? 4 : 5 },
      y: {
        domain: ["Compute", "Reward events"],
        label: null,
        padding,
        tickFormat: (d: string) => (compact && d === "Reward events" ? "Events" : d),
      },
      marks: [
        live(Plot.barX(data, { x1: "start", x2: (d) => d.start + d.share, y: "row", fill: (d) => (d.part === "RL" ? colors.rl : colors.pretraining) })),
        live(Plot.text(data.filter((d) => d.part === "Pretraining"), { x: 0, y: "row", dy: above, dx: 3, text: label, textAnchor: "start", fill: ink.pretraining, fontWeight: 600 })),
        live(Plot.text(data.filter((d) => d.part === "RL"), { x: 1, y: "row", dy: above, dx: -3, text: label, textAnchor: "end", fill: ink.rl, fontWeight: 600 })),
        Plot.ruleX([0, 1], { stroke: "currentColor", strokeOpacity: 0.3 }),
      ],
    };
  },
  table: ({ rlComputeShare: f, passesPerReward: L }) =>
    rows(f, L).map(({ row, part, share }) => ({ quantity: row === "Compute" ? "compute" : "reward events", part, share })),
  describe: ({ rlComputeShare: f, passesPerReward: L }) =>
    `With ${formatPercent(f)} of compute spent on RL and ${L} forward passes per reward, ` +
    `RL supplies ${formatPercent(rlEventShare(f, L))} of all reward events; pretraining supplies the rest.`,
};
