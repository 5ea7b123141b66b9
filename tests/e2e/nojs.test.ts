import { describe, expect, it } from "vitest";
import { defaultValues } from "../../src/model/registry";
import { builtPages } from "../../scripts/support/pages";
import { browserAvailable, openPage, useBrowser, valuesOf } from "./setup/browser";

describe.skipIf(!browserAvailable())("with JavaScript off", () => {
  const browser = useBrowser();

  it.each(["/", "/reward-events/"])("%s shows the default values worked out by hand", async (path) => {
    const { page, context } = await openPage(browser(), path, { javaScriptEnabled: false });
    expect(new Set(await valuesOf(page, "input", "passesPerReward"))).toEqual(new Set(["1000"]));
    // Hand-worked defaults: L = 1000, f = 0.5 -> parity 1000/1001; RL event share (0.5/1000)/(0.5/1000 + 0.5) = 1/1001.
    expect(new Set(await valuesOf(page, "output", "parityRlShare"))).toEqual(new Set([String(1000 / 1001)]));
    expect(Number((await valuesOf(page, "output", "rlEventShare"))[0])).toBeCloseTo(1 / 1001, 15);
    expect(await page.locator("body").innerText()).toContain("99.9%");
    await context.close();
  });

  it.each(builtPages())("%s shows every live value as its registry default, with no NaN or undefined", async (path) => {
    const { page, context } = await openPage(browser(), path, { javaScriptEnabled: false });
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/\bNaN\b|\bundefined\b/);
    const inputs = await page.$$eval("[data-input]", (els) => els.map((el) => [(el as HTMLElement).dataset["input"]!, (el as HTMLElement).dataset["value"]!]));
    for (const [id, value] of inputs) expect(value, id).toBe(String(defaultValues()[id as keyof ReturnType<typeof defaultValues>]));
    const outputs = await page.$$eval("[data-output]", (els) => els.map((el) => (el as HTMLElement).dataset["value"]!));
    for (const value of outputs) expect(Number.isNaN(Number(value)), value).toBe(false);
    await context.close();
  });

  it("the chapter reads completely, with its figures as SVG and its math rendered", async () => {
    const { page, context } = await openPage(browser(), "/reward-events/", { javaScriptEnabled: false });
    const figures = await page.$$eval("figure[data-figure]", (els) =>
      els.map((el) => ({ id: el.id, svg: el.querySelectorAll(".plot-wide svg").length, paths: el.querySelectorAll("svg path, svg rect").length })),
    );
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const f of figures) {
      expect(f.svg, f.id).toBe(1);
      expect(f.paths, f.id).toBeGreaterThan(3);
    }
    expect(await page.locator(".katex").count()).toBeGreaterThan(3);
    expect(await page.locator("h2").count()).toBeGreaterThanOrEqual(5);
    const words = (await page.locator(".prose").innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(1000);
    // No controls that only work with a script are shown.
    await expect(page.getByRole("button", { name: "Copy link to these numbers" }).isVisible()).resolves.toBe(false);
    await context.close();
  });
});
