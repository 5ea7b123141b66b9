import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { figures, type FigureName } from "../../src/figures/essay/index";
import type { LayoutName } from "../../src/figures/types";
import { renderFigureSvg } from "../../src/build/figureSvg";
import { defaultValues, inputSpec, type Values } from "../../src/model/registry";
import { normalizeSvg } from "../support/normalizeSvg";

const snapshotDir = new URL("./__snapshots__/", import.meta.url);
const names = Object.keys(figures) as FigureName[];
const withValues = (patch: Partial<Values>): Values => ({ ...defaultValues(), ...patch });

export { normalizeSvg };

/** Compares with the checked-in snapshot; writes it when missing (except in CI), writes <file>-changed.svg on mismatch. */
function expectSnapshot(file: string, svg: string) {
  const path = new URL(`${file}.svg`, snapshotDir);
  const changed = new URL(`${file}-changed.svg`, snapshotDir);
  const actual = normalizeSvg(svg);
  if (!existsSync(path)) {
    if (process.env["CI"] === "true") throw new Error(`missing snapshot ${file}.svg (snapshots are never written when CI=true)`);
    mkdirSync(snapshotDir, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`${file}.svg changed; see ${file}-changed.svg beside it (delete the snapshot to accept the new drawing)`);
}

/**
 * Which corners of a figure's input ranges to draw, as bit masks (bit i set: dep i at its max).
 * All of them for up to five inputs; beyond that 2^n grows too fast, so both extreme corners
 * plus a fixed pseudo-random sample.
 */
function cornerMasks(n: number, most = 32): number[] {
  const total = 2 ** n;
  if (total <= most) return Array.from({ length: total }, (_, i) => i);
  const masks = new Set([0, total - 1]);
  let state = 42;
  while (masks.size < most) {
    state = (state * 1664525 + 1013904223) % 4294967296;
    masks.add(state % total);
  }
  return [...masks];
}

const variants: [string, Partial<Values>, LayoutName][] = [
  ["", {}, "wide"],
  ["-L250-f90", { passesPerReward: 250, rlComputeShare: 0.9 }, "wide"],
  ["-narrow", {}, "narrow"],
];

describe.each(names)("figure %s", (name) => {
  it.each(variants)(`renderFigureSvg("${name}", values, layout) matches ${name}%s.svg`, (suffix, patch, layout) => {
    const svg = renderFigureSvg(name, withValues(patch), layout);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expectSnapshot(`${name}${suffix}`, svg);
  });

  it(`renderFigureSvg("${name}", values) is the same drawing twice in one process`, () => {
    expect(normalizeSvg(renderFigureSvg(name, defaultValues()))).toBe(normalizeSvg(renderFigureSvg(name, defaultValues())));
  });

  it(`renderFigureSvg("${name}", values) draws at the corners of its inputs' ranges (a fixed sample beyond five inputs)`, () => {
    const deps = figures[name].deps;
    const corners = cornerMasks(deps.length).map((mask) =>
      Object.fromEntries(deps.map((id, bit) => [id, mask & (1 << bit) ? inputSpec(id).max : inputSpec(id).min])) as Partial<Values>,
    );
    for (const patch of corners.flatMap((c) => (["wide", "narrow"] as const).map((layout) => [c, layout] as const))) {
      const [corner, layout] = patch;
      const svg = renderFigureSvg(name, withValues(corner), layout);
      expect(svg.startsWith("<svg"), JSON.stringify(patch)).toBe(true);
      expect(svg, JSON.stringify(patch)).not.toMatch(/NaN|undefined/);
      expect(figures[name].describe(withValues(corner)), JSON.stringify(patch)).not.toMatch(/NaN|undefined|–/);
    }
  }, 60_000); // A figure with n inputs is drawn 2^(n+1) times here: 512 drawings for eight inputs.

  it(`figures.${name} reads exactly its declared deps when drawn and described`, () => {
    const read = new Set<string>();
    const values = new Proxy(defaultValues(), {
      get(target, key, receiver) {
        if (typeof key === "string") read.add(key);
        return Reflect.get(target, key, receiver);
      },
    });
    renderFigureSvg(name, values);
    figures[name].describe(values);
    expect([...read].sort()).toEqual([...figures[name].deps].sort());
  });
});

describe("figure descriptions", () => {
  it.each([
    ["eventSplit", {}, ["50%", "1000", "0.1%"]],
    ["eventSplit", { passesPerReward: 250, rlComputeShare: 0.9 }, ["90%", "250", "3.5%"]],
    ["eventShareCurves", {}, ["L = 1000", "99.9%", "50%", "0.1%"]],
    ["eventShareCurves", { passesPerReward: 250, rlComputeShare: 0.9 }, ["L = 250", "99.6%", "90%", "3.5%"]],
    ["parityVsPasses", {}, ["L = 1000", "99.9%"]],
    ["parityVsPasses", { passesPerReward: 250 }, ["L = 250", "99.6%"]],
  ] as [FigureName, Partial<Values>, string[]][])("figures.%s.describe(%j) mentions %j", (name, patch, phrases) => {
    // rlEventShare(0.5, 1000) = 1/1001 ≈ 0.0999% and rlEventShare(0.9, 250) = 0.0036/0.1036 ≈ 3.47%.
    const text = figures[name].describe(withValues(patch));
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it.each(names)("figures.%s.describe(values) is a plain sentence", (name) => {
    const text = figures[name].describe(defaultValues());
    expect(text).toMatch(/^[A-Z].*\.$/s);
    expect(text).not.toMatch(/[<>]/);
  });
});

describe("normalizeSvg", () => {
  it("normalizeSvg(svg) rounds floats, renumbers ids and plot classes", () => {
    const svg = '<svg class="plot-d6a7b5"><clipPath id="plot-clip-7"/><path d="M1.23456,2.5" clip-path="url(#plot-clip-7)"/></svg>';
    expect(normalizeSvg(svg)).toBe('<svg class="plot-1"><clipPath id="id-1"/><path d="M1.23,2.5" clip-path="url(#id-1)"/></svg>\n');
  });
});
