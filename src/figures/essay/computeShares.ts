import * as Plot from "@observablehq/plot";
import { formatNumber, formatPercent } from "../../text/format";
import { posttrainComputeShare } from "../../model";
import { presetMatches } from "../../model/presets";
import { presetsWithNotes as presets } from "../../model/presetNotes";
import type { Values } from "../../model/registry";
import { colors, type FigureSpec } from "../types";

const computePresets = presets.filter((p) => p.group === "compute");

function rows(values: Values) {
  const pre = values.pretrainComputePfDays;
  const post = values.posttrainComputePfDays;
  const same = computePresets.find((p) => presetMatches(p, values));
  const yours = {
    row: "you",
    title: same ? `Your setting (= ${same.short})` : "Your setting",
    pre,
    post,
    unit: same ? same.unit : "petaflop/s-days",
    share: posttrainComputeShare(pre, post),
    reader: true,
  };
  const published = computePresets.map((p) => ({
    row: p.id,
    title: `${p.short} · ${p.unitShort}`,
    unit: p.unit,
    pre: p.values.pretrainComputePfDays ?? NaN,
    post: p.values.posttrainComputePfDays ?? NaN,
    share: posttrainComputeShare(p.values.pretrainComputePfDays ?? NaN, p.values.posttrainComputePfDays ?? NaN),
    reader: false,
  }));
  return [...published, yours];
}

/** Post-training's share of compute for each published preset and for the reader's own setting. */
export const computeShares: FigureSpec = {
  name: "computeShares",
  deps: ["pretrainComputePfDays", "posttrainComputePfDays"],
  build: (values, { width, compact }) => {
    const data = rows(values);
    const rowHeight = compact ? 44 : 46;
    const bar = 18;
    const parts = data.flatMap((d) => [
      { ...d, part: "pretraining", x1: 0, x2: 1 - d.share },
      { ...d, part: "post-training", x1: 1 - d.share, x2: 1 },
    ]);
    return {
      width,
      height: data.length * rowHeight + 56,
      marginTop: 26,
      marginLeft: 12,
      marginRight: compact ? 44 : 120,
      marginBottom: 34,
      style: { fontSize: compact ? "10px" : "11px" },
      x: { domain: [0, 1], ticks: compact ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1], tickFormat: (d: number) => formatPercent(d), label: "share of training compute →", labelAnchor: "right" },
      y: { domain: data.map((d) => d.row), axis: null, paddingInner: 1 - bar / rowHeight, paddingOuter: 0.2 },
      marks: [
        Plot.ruleX([0.5], { stroke: "currentColor", strokeDasharray: "3 3", strokeOpacity: 0.45 }),
        Plot.barX(parts, {
          x1: "x1",
          x2: "x2",
          y: "row",
          fill: (d) => (d.part === "pretraining" ? colors.pretraining : colors.rl),
          fillOpacity: (d) => (d.reader ? 1 : 0.75),
        }),
        ...[false, true].flatMap((reader) => {
          const subset = data.filter((d) => d.reader === reader);
          const fontWeight = reader ? 700 : 500;
          return [
            Plot.text(subset, { x: 0, y: "row", text: "title", textAnchor: "start", dy: -(bar / 2 + 7), fontWeight }),
            Plot.text(subset, {
              x: 1,
              y: "row",
              text: (d) => (compact ? formatPercent(d.share) : `post-training ${formatPercent(d.share)}`),
              textAnchor: "start",
              dx: 6,
              fill: colors.rl,
              fontWeight,
            }),
          ];
        }),
        Plot.text([{ label: "pretraining" }], { x: 0, frameAnchor: "top", text: "label", textAnchor: "start", dy: -18, fill: colors.pretraining, fontWeight: 600 }),
        Plot.text([{ label: compact ? "post" : "post-training" }], { x: 1, frameAnchor: "top", text: "label", textAnchor: "end", dy: -18, fill: colors.rl, fontWeight: 600 }),
      ],
    };
  },
  table: (values) =>
    rows(values).map(({ title, pre, post, unit, share, reader }) => ({
      row: title,
      setting: reader ? "yours" : "published",
      unit,
      pretrainCompute: pre,
      posttrainCompute: post,
      posttrainComputeShare: share,
    })),
  describe: (values) => {
    const data = rows(values);
    const published = data.filter((d) => !d.reader).map((d) => `${d.title}: ${formatPercent(d.share)}`);
    const you = data.find((d) => d.reader)!;
    return (
      `Bars split training compute between pretraining and post-training. Post-training's share is ${published.join("; ")}. ` +
      `Your setting, ${formatNumber(values.pretrainComputePfDays, "number")} against ${formatNumber(values.posttrainComputePfDays, "number")}, gives ${formatPercent(you.share)}.`
    );
  },
};
