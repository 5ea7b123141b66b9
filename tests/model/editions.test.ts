import { describe, expect, it } from "vitest";
import { defaultValues, defaultValuesForEdition, inputs } from "../../src/model/registry";
import { currentEdition, editions } from "../../src/essay/essay";

describe("defaultValuesForEdition", () => {
  it("defaultValuesForEdition(current) is defaultValues()", () => {
    expect(defaultValuesForEdition(currentEdition.number)).toEqual(defaultValues());
  });

  it("editions are numbered 1, 2, ... with ISO dates in order", () => {
    editions.forEach((e, i) => {
      expect(e.number).toBe(i + 1);
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (i > 0) expect(e.date >= editions[i - 1]!.date).toBe(true);
    });
  });

  it("every recorded past default names an earlier edition and lies in the input's range", () => {
    for (const q of inputs) {
      for (const past of (q as { pastDefaults?: { throughEdition: number; value: number }[] }).pastDefaults ?? []) {
        expect(past.throughEdition).toBeLessThan(currentEdition.number);
        expect(past.value).toBeGreaterThanOrEqual(q.min);
        expect(past.value).toBeLessThanOrEqual(q.max);
      }
    }
  });
});
