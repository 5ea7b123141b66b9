import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { defaultValues, isOutputId } from "../../src/model/registry";
import { defaultPercentiles } from "../../src/model/uncertainty";
import { builtPages } from "../../scripts/support/pages";
import { mismatches, type Shown } from "../support/liveNumbers";
import { labDefaultValues } from "../support/labDefault";

// What a reader without JavaScript gets: every live number on every built page, as the build
// wrote it, equals the model at the defaults (and the lab's default run). The same check runs in
// the browser, with JavaScript at other values, in tests/e2e/values.test.ts.

const pages = builtPages();
const lab = labDefaultValues();

function documentOf(path: string): Document {
  return parseHTML(readFileSync(`dist${path}index.html`, "utf8")).document as unknown as Document;
}

function shownNumbers(document: Document): Shown[] {
  return [...document.querySelectorAll<HTMLElement>("[data-input],[data-output]")].map((el) => ({
    kind: el.hasAttribute("data-input") ? "input" : "output",
    id: el.getAttribute("data-input") ?? el.getAttribute("data-output") ?? "",
    value: el.getAttribute("data-value") ?? "",
    text: el.textContent ?? "",
  }));
}

describe("every live number as built (what a reader without JavaScript sees)", () => {
  it.each(pages)("%s: every input shows its default and every output the model's value at the defaults, in data-value and in text", (path) => {
    expect(mismatches(shownNumbers(documentOf(path)), defaultValues(), lab)).toEqual([]);
  });

  it.each(pages)("%s: every output's 5th, 50th and 95th percentiles are the model's at the defaults", (path) => {
    const wrong: string[] = [];
    for (const el of documentOf(path).querySelectorAll<HTMLElement>("[data-output][data-p5]")) {
      const id = el.getAttribute("data-output") ?? "";
      if (!isOutputId(id)) {
        wrong.push(`unknown output ${id}`);
        continue;
      }
      const p = defaultPercentiles(id);
      const shown = ["data-p5", "data-p50", "data-p95"].map((a) => el.getAttribute(a));
      if (shown.join() !== [p.p5, p.p50, p.p95].map(String).join()) wrong.push(`${id}: ${shown.join(" ")}, the model gives ${p.p5} ${p.p50} ${p.p95}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(pages)("%s: no text reads NaN or undefined", (path) => {
    const body = documentOf(path).querySelector("body")!;
    for (const el of body.querySelectorAll("script, style")) el.remove();
    expect(body.textContent).not.toMatch(/\bNaN\b|\bundefined\b/);
  });

  it("the check sees every number: the essay's one page shows at least 40 live numbers, the lab its results", () => {
    expect(shownNumbers(documentOf("/essay/")).length).toBeGreaterThan(40);
    expect(shownNumbers(documentOf("/the-lab/")).filter((s) => s.id.startsWith("lab") && s.kind === "output").length).toBeGreaterThan(5);
  });
});

describe("the oracle itself", () => {
  it("notices a number one digit off, in data-value or in text, and an id the registry does not know", () => {
    const shown = shownNumbers(documentOf("/reward-events/"));
    const output = shown.findIndex((s) => s.kind === "output");
    const off = shown.map((s, i) => (i === output ? { ...s, value: `${s.value}1` } : s));
    expect(mismatches(off, defaultValues(), lab)).toHaveLength(1);
    const text = shown.map((s, i) => (i === output ? { ...s, text: `${s.text}0` } : s));
    expect(mismatches(text, defaultValues(), lab)).toHaveLength(1);
    expect(mismatches([{ kind: "output", id: "noSuchOutput", value: "1", text: "1" }], defaultValues(), lab)).toEqual(["unknown output noSuchOutput"]);
  });
});
