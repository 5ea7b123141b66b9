import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { Shown } from "../../support/liveNumbers";

// Reading live numbers off a page in the browser (the page contract: data-input, data-output, data-value).

/** Every data-value of the live elements with this input or output id. */
export function valuesOf(page: Page, kind: "input" | "output", id: string): Promise<string[]> {
  return page.$$eval(`[data-${kind}="${id}"]`, (els) => els.map((el) => (el as HTMLElement).dataset["value"] ?? ""));
}

/** The data-value of the first element with this input or output id. */
export async function firstValue(page: Page, kind: "input" | "output", id: string): Promise<string | undefined> {
  return (await valuesOf(page, kind, id))[0];
}

/** The one value every copy of an input or output shows (asserting there is at least one and all agree). */
export async function onlyValue(page: Page, kind: "input" | "output", id: string): Promise<string> {
  const values = await valuesOf(page, kind, id);
  expect(values.length, `${id} is on the page`).toBeGreaterThan(0);
  expect(new Set(values).size, `every copy of ${id} shows the same value`).toBe(1);
  return values[0]!;
}

/** The text the first copy of an output shows. */
export function outputText(page: Page, id: string): Promise<string | null> {
  return page.locator(`[data-output="${id}"]`).first().textContent();
}

/** Focuses the first live input with this id (the one a reader meets first). */
export function focusFirst(page: Page, id: string): Promise<void> {
  return page.locator(`[data-input="${id}"]`).first().focus();
}

/** Every live number on the page, in one round trip. */
export function shownNumbers(page: Page): Promise<Shown[]> {
  return page.$$eval("[data-input],[data-output]", (els) =>
    els.map((el) => {
      const d = (el as HTMLElement).dataset;
      return { kind: d["input"] !== undefined ? "input" : "output", id: d["input"] ?? d["output"] ?? "", value: d["value"] ?? "", text: el.textContent ?? "" } as const;
    }),
  );
}
