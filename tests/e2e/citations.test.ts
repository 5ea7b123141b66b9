import { describe } from "vitest";
import { origin, test as it } from "./fixture";
import { valuesOf } from "./support/read";

const chapter = "/reward-events/";

describe("citing the essay", () => {
  it("a citation previews its reference on hover, one at a time, and the preview goes away", async ({ open, expect }) => {
    const { page } = await open(chapter);
    const preview = page.locator("#cite-preview");
    const first = page.locator('a.cite[data-cite="brown2020gpt3"]').first();
    await first.scrollIntoViewIfNeeded();
    await first.hover();
    // The first preview waits for its script, fetched on first use (runtime/previewLoader.ts).
    await preview.waitFor({ state: "visible", timeout: 5000 });
    expect(await preview.textContent()).toContain("Language Models are Few-Shot Learners");
    const second = page.locator('a.cite[data-cite="grattafiori2024llama3"]').first();
    await second.hover();
    expect(await page.locator(".cite-preview").count()).toBe(1);
    expect(await preview.textContent()).toContain("The Llama 3 Herd of Models");
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    await expect(preview.isVisible()).resolves.toBe(false);
  });

  it("a citation previews on keyboard focus; Escape closes it and focus stays put", async ({ open, expect }) => {
    const { page } = await open(chapter);
    const link = page.locator('a.cite[data-cite="yu2025dapo"]').first();
    await link.focus();
    await page.locator("#cite-preview").waitFor({ state: "visible", timeout: 5000 });
    expect(await link.getAttribute("aria-describedby")).toBe("cite-preview");
    await page.keyboard.press("Escape");
    await expect(page.locator("#cite-preview").isVisible()).resolves.toBe(false);
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("on a touch screen the first tap previews and the second follows the link", async ({ open, expect }) => {
    const { page } = await open(chapter, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const link = page.locator('a.cite[data-cite="deepseek2025r1"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await page.locator("#cite-preview").waitFor({ state: "visible", timeout: 5000 });
    expect(new URL(page.url()).hash).toBe("");
    await link.tap();
    await page.waitForFunction(() => location.hash === "#ref-deepseek2025r1");
  });

  it("the cite panel's copy buttons copy the reader's link, BibTeX and text, and the link reproduces the numbers", async ({ open, expect }) => {
    const { page, context } = await open(`${chapter}?passesPerReward=250`, { permissions: ["clipboard-read", "clipboard-write"] });
    await page.locator("#cite-chapter summary").click();
    const panel = page.locator("#cite-chapter");
    await panel.getByRole("button", { name: "Copy BibTeX" }).click();
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toMatch(/^@incollection\{bitsThatShapeAMind:reward-events,/);
    expect(bibtex).toContain(`url = {${origin()}/reward-events/?passesPerReward=250&ed=1}`);
    await panel.getByRole("button", { name: "Copy text" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Counting reward events. In The Bits That Shape a Mind");
    await panel.getByRole("button", { name: "Copy link" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(await panel.locator("[data-copy-status]").textContent()).toContain("done");

    const receiver = await context.newPage();
    await receiver.goto(link);
    expect(new Set(await valuesOf(receiver, "input", "passesPerReward"))).toEqual(new Set(["250"]));
  });

  it("a section's and a figure's cite buttons open the panel for that part, with its anchor in the link", async ({ open, expect }) => {
    const { page } = await open(chapter, { permissions: ["clipboard-read", "clipboard-write"] });
    await page.locator('.cite-btn[data-cite-target="parity"]').click();
    const dialog = page.locator("#cite-dialog");
    await dialog.waitFor({ state: "visible", timeout: 5000 });
    expect(await dialog.locator("h2").textContent()).toBe("Cite the section “The parity calculation”");
    await dialog.getByRole("button", { name: "Copy link" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin()}/reward-events/?ed=1#parity`);
    await page.keyboard.press("Escape");
    await page.locator('.cite-btn[data-cite-target="fig-event-split"]').click();
    expect(await dialog.locator("[data-cite-field=bibtex]").textContent()).toContain("title = {Counting reward events, Figure 1}");
  });

  it("a figure's CSV holds the reader's own numbers", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?passesPerReward=250`, { acceptDownloads: true });
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('#fig-event-split a[data-csv]').click()]);
    const stream = await download.createReadStream();
    let text = "";
    for await (const chunk of stream) text += String(chunk);
    // Hand-worked: at f = 0.5 and L = 250, RL's share of events is (0.5/250) / (0.5/250 + 0.5) = 1/251.
    expect(text.split("\n")[0]).toBe("quantity,part,share");
    expect(text).toContain(`reward events,RL,${1 / 251}`);
    expect(download.suggestedFilename()).toBe("fig-event-split.csv");
  });

  it("in print, controls disappear and the wide figure is used", async ({ open, expect }) => {
    const { page } = await open(chapter);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".state-tools", ".cite-panel", ".fig-tools", ".chapter-nav"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator("#fig-event-split .plot-wide").isVisible()).toBe(true);
    await page.screenshot({ path: "test-results/print-reward-events.png", fullPage: true });
  });
});
