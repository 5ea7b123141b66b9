import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inputs } from "../../src/model/registry";
import { browserAvailable, openPage, useBrowser, valuesOf } from "./setup/browser";

describe("/assumptions/", () => {
  it("lists every registry input, with its id, default and source (read from the built HTML)", () => {
    const html = readFileSync("dist/assumptions/index.html", "utf8");
    for (const q of inputs) {
      expect(html, q.id).toContain(`id="input-${q.id}"`);
      expect(html, q.id).toContain(`data-input="${q.id}"`);
      expect(html, q.id).toContain(`<code>${q.id}</code>`);
    }
    expect(html.match(/<tr id="input-/g)).toHaveLength(inputs.length);
  });
});

describe.skipIf(!browserAvailable())("/assumptions/ in the browser", () => {
  const browser = useBrowser();

  it("shows the link's values, highlights changed rows, and resets all", async () => {
    const { page, context } = await openPage(browser(), "/assumptions/?parameters=8e9&contextTokens=128000");
    expect(await valuesOf(page, "input", "parameters")).toEqual(["8000000000"]);
    const changed = await page.$$eval("tr[data-row-input]", (rows) =>
      rows.filter((r) => getComputedStyle(r).backgroundColor !== "rgba(0, 0, 0, 0)").map((r) => (r as HTMLElement).dataset["rowInput"]),
    );
    expect(changed.sort()).toEqual(["contextTokens", "parameters"]);
    await page.locator('[data-input="parameters"]').focus();
    await page.keyboard.press("PageUp");
    // Log ladder: one decade up from 8e9 is 10^(round(log10(8e9)/0.1) + 10) * 0.1 = 10^10.9 = 7.9e10.
    expect(await valuesOf(page, "input", "parameters")).toEqual(["79000000000"]);
    await page.getByRole("button", { name: "Reset all" }).click();
    expect(await valuesOf(page, "input", "parameters")).toEqual(["70000000000"]);
    expect(await page.locator("tr[data-row-input] .num.changed").count()).toBe(0);
    await context.close();
  });
});
