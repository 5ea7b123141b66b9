import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { moveLiveMarks, plotFigure } from "../../src/figures/draw";
import { figures, type FigureName } from "../../src/figures/essay/index";
import { bindFigure, type LayoutName, layouts } from "../../src/figures/types";
import { defaultValues, inputSpec, type Values } from "../../src/model/registry";
import { stepValue } from "../../src/runtime/step";
import { normalizeSvg } from "../support/normalizeSvg";

const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
const liveNames = (Object.keys(figures) as FigureName[]).filter((n) => figures[n].live);

/** A small seeded generator (not the code under test), so the pairs are the same on every run. */
function lcg(seed: number) {
  let state = seed;
  return () => ((state = (state * 1664525 + 1013904223) % 4294967296), state / 4294967296);
}

/** Pairs of settings a reader moves between: one key press up and down on each input from the defaults, and random jumps. */
function pairs(name: FigureName): [Values, Values][] {
  const deps = figures[name].deps;
  const base = defaultValues();
  const out: [Values, Values][] = [];
  for (const id of deps) {
    for (const dir of [1, -1] as const) out.push([base, { ...base, [id]: stepValue(inputSpec(id), base[id], dir, "step") }]);
    out.push([base, { ...base, [id]: stepValue(inputSpec(id), base[id], 1, "page") }]);
  }
  const random = lcg(7);
  const anywhere = (id: (typeof deps)[number]) => {
    const q = inputSpec(id);
    const u = random();
    const v = q.scale === "log" ? 10 ** (Math.log10(q.min) + u * (Math.log10(q.max) - Math.log10(q.min))) : q.min + u * (q.max - q.min);
    return q.integer ? Math.round(v) : v;
  };
  for (let k = 0; k < 6; k++) {
    const id = deps[k % deps.length]!;
    const from = { ...base, [id]: anywhere(id) };
    out.push([from, { ...from, [id]: stepValue(inputSpec(id), from[id], 1, "step") }]);
  }
  return out;
}

describe.each(liveNames)("live marks of %s", (name) => {
  it.each(["wide", "narrow"] as LayoutName[])("moving them in place draws what a full redraw draws, whenever the frame holds (%s)", (layout) => {
    let moved = 0;
    for (const [from, to] of pairs(name)) {
      const before = bindFigure(figures[name], from);
      const after = bindFigure(figures[name], to);
      if (before.frame!(layouts[layout]) !== after.frame!(layouts[layout])) continue;
      const document = doc();
      const drawn = plotFigure(before, layout, document, true);
      expect(moveLiveMarks(drawn, after, layout, document)).toBe(true);
      expect(normalizeSvg(drawn.outerHTML)).toBe(normalizeSvg(plotFigure(after, layout, doc(), true).outerHTML));
      moved++;
    }
    // Most single key presses keep the axes: the live path is the common one, not a corner case.
    expect(moved).toBeGreaterThan(pairs(name).length / 2);
  });

  it("the build's drawing carries no live tags, and a drawing without scales is not moved", () => {
    const figure = bindFigure(figures[name], defaultValues());
    const svg = plotFigure(figure, "wide", doc());
    expect(svg.outerHTML).not.toMatch(/mark-\d/);
    const bare = doc().createElement("div");
    bare.innerHTML = svg.outerHTML;
    expect(moveLiveMarks(bare.firstElementChild!, figure, "wide", doc())).toBe(false);
  });
});
