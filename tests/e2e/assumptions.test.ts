import { describe } from "vitest";
import { test as it } from "./fixture";
import { valuesOf } from "./support/read";

// That /assumptions/ lists every input, with its interval and source, is read from the built HTML in tests/dist/reading.test.ts.

describe("/assumptions/ in the browser", () => {
  it("shows the link's values, highlights changed rows, and resets all", async ({ open, expect }) => {
    const { page } = await open("/assumptions/?parameters=8e9&contextTokens=128000");
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
  });
});
