import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { labResults, labResultValues } from "../../src/lab/results";
import { type LabResult, runLab } from "../../src/lab/run";
import { labSettingsFrom } from "../../src/lab/settings";
import { runSweep } from "../../src/lab/sweep";
import { sweepText } from "../../src/lab/texts";
import { labFigureCsv } from "../../src/figures/csv";
import { defaultValues, type Values } from "../../src/model/registry";
import { browserAvailable, focusFirst, onlyValue, openPage, outputText, useBrowser, valuesOf } from "./setup/browser";

const lab = "/the-lab/";
const required = ["labFinalSuccessPretrainOnly", "labFinalSuccessRlOnly", "labFinalSuccessPretrainThenRl", "labPassesToHalfRlOnly", "labPassesToHalfPretrainThenRl"];

/** The run Node computes for these page values: what the page must show, bit for bit. */
function nodeRun(patch: Partial<Values>): LabResult {
  return runLab(labSettingsFrom({ ...defaultValues(), ...patch }));
}

/** Every lab result on the page, checked to be consistent across copies. */
async function shownValues(page: Page): Promise<Record<string, string>> {
  const shown: Record<string, string> = {};
  for (const { id } of labResults) {
    const values = new Set(await valuesOf(page, "output", id));
    if (values.size === 0) continue;
    expect(values.size, id).toBe(1);
    shown[id] = [...values][0]!;
  }
  return shown;
}

function expectShown(shown: Record<string, string>, result: LabResult): void {
  const want = labResultValues(result);
  for (const id of required) expect(Object.keys(shown)).toContain(id);
  for (const [id, value] of Object.entries(shown)) expect(value, id).toBe(String(want[id as keyof typeof want]));
}

/** Waits until a run in the worker has finished and its results are on the page. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (document.querySelector("[data-lab-progress]") as HTMLElement | null)?.hidden === true &&
      document.querySelector(".stale") === null &&
      /Run in your browser/.test(document.querySelector("[data-lab-status]")?.textContent ?? ""),
    null,
    { timeout: 150_000 },
  );
}

/** Clicks a download link and returns the text of the file the browser saved. */
async function downloadedText(page: Page, selector: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  let text = "";
  for await (const chunk of await download.createReadStream()) text += String(chunk);
  return text;
}

describe.skipIf(!browserAvailable())("the lab", () => {
  const browser = useBrowser();

  it("with JavaScript off, shows the default run's results, equal to a run in Node, and both figures as SVG", async () => {
    const { page, context } = await openPage(browser(), lab, { javaScriptEnabled: false });
    expectShown(await shownValues(page), nodeRun({}));
    expect(await outputText(page, "labPassesToHalfRlOnly")).toBe("never");
    for (const id of ["#fig-lab-success", "#fig-lab-length-sweep"]) {
      expect(await page.locator(`${id} .plot-wide svg`).count(), id).toBe(1);
      expect(await page.locator(`${id} .plot-narrow svg`).count(), id).toBe(1);
    }
    await expect(page.getByRole("button", { name: "Cancel" }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole("button", { name: "Run the sweep at your settings" }).isVisible()).resolves.toBe(false);
    expect(await page.locator("[data-lab-status]").textContent()).toContain("computed when this page was built");
    await context.close();
  });

  it("a link with labSeed=7 reruns in a worker and shows exactly the results of seed 7 in Node", { timeout: 180_000 }, async () => {
    const { page, context, log } = await openPage(browser(), `${lab}?labSeed=7`, { acceptDownloads: true });
    await settled(page);
    const want = nodeRun({ labSeed: 7 });
    expectShown(await shownValues(page), want);
    // The figure's CSV now holds this run, as Node computes it, not the build-time default.
    expect(await downloadedText(page, "#fig-lab-success a[data-lab-csv]")).toBe(labFigureCsv("labSuccessCurves", { run: want }));
    expect(await page.locator("[data-lab-status]").textContent()).toContain("seed 7");
    expect(await page.locator("#fig-lab-success [data-figure-description]").textContent()).toContain("pretraining alone ended at");
    await expect(page.locator("#notices").isHidden()).resolves.toBe(true);
    // The sweep was run at the defaults: the page says so and offers to rerun it.
    expect(await page.locator("[data-lab-sweep-note]").textContent()).toContain("not your current settings");
    const sweepButton = page.getByRole("button", { name: "Run the sweep at your settings" });
    await expect(sweepButton.isVisible()).resolves.toBe(true);
    await sweepButton.click();
    await page.waitForFunction(() => /in your browser, at your settings/.test(document.querySelector("[data-lab-sweep-note]")?.textContent ?? ""), null, { timeout: 150_000 });
    expect(await sweepButton.isVisible()).toBe(false);
    const sweep = runSweep(labSettingsFrom({ ...defaultValues(), labSeed: 7 }));
    expect(await page.locator("#fig-lab-length-sweep [data-figure-description]").textContent()).toContain(sweepText(sweep));
    expect(await page.locator('[data-lab-text="sweepSummary"]').textContent()).toBe(sweepText(sweep));
    expect(await downloadedText(page, "#fig-lab-length-sweep a[data-lab-csv]")).toBe(labFigureCsv("labLengthSweep", { sweep }));
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("Cancel stops a long run and puts the settings back to the results on show (inputs, link and numbers agree); Run again resumes it; the page stays responsive", { timeout: 180_000 }, async () => {
    const { page, context, log } = await openPage(browser(), `${lab}?labBudgetPasses=10000000`);
    const cancel = page.getByRole("button", { name: "Cancel" });
    await cancel.waitFor({ state: "visible", timeout: 30_000 });
    // While the worker runs, the main thread keeps drawing frames.
    const longestFrame = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let last = performance.now();
          let longest = 0;
          let frames = 0;
          const tick = (now: number) => {
            longest = Math.max(longest, now - last);
            last = now;
            if (++frames < 20) requestAnimationFrame(tick);
            else done(longest);
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(longestFrame).toBeLessThan(500);
    expect(await page.locator("progress[data-lab-progress-bar]").isVisible()).toBe(true);
    await cancel.click();
    await expect(cancel.isVisible()).resolves.toBe(false);
    expect(await page.locator("[data-lab-status]").textContent()).toContain("Cancelled");
    expectShown(await shownValues(page), nodeRun({}));
    // The budget goes back to the default run's, in the input and in the link, so nothing on the page contradicts the results.
    expect(await onlyValue(page, "input", "labBudgetPasses")).toBe(String(defaultValues().labBudgetPasses));
    await page.waitForFunction(() => !location.search.includes("labBudgetPasses"));
    expect(await page.locator(".stale").count()).toBe(0);
    // Run again offers the cancelled settings, and runs them.
    const again = page.locator("[data-lab-run-again]");
    expect(await again.isVisible()).toBe(true);
    expect(await again.getAttribute("aria-label")).toMatch(/10,000,000|10 million|10⁷/);
    await again.click();
    await cancel.waitFor({ state: "visible", timeout: 30_000 });
    expect(await onlyValue(page, "input", "labBudgetPasses")).toBe("10000000");
    expect(await again.isVisible()).toBe(false);
    await cancel.click();
    await page.waitForTimeout(1500);
    expectShown(await shownValues(page), nodeRun({}));
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("hostile lab settings in a link are clamped or rounded, with a notice, and the run uses the clamped values", { timeout: 180_000 }, async () => {
    const { page, context, log } = await openPage(browser(), `${lab}?labSequenceLength=1e9&labVocabulary=-3&labSeed=7.5&labBudgetPasses=NaN&labPretrainFraction=2`);
    await expect(page.locator("#notices").isVisible()).resolves.toBe(true);
    const notices = await page.locator("#notices").innerText();
    expect(notices).toContain("out of range");
    expect(notices).toContain("whole numbers");
    expect(await valuesOf(page, "input", "labSequenceLength")).toContain("32");
    expect(await valuesOf(page, "input", "labVocabulary")).toContain("2");
    expect(await valuesOf(page, "input", "labSeed")).toContain("8");
    expect(await valuesOf(page, "input", "labBudgetPasses")).toContain("1000000");
    await settled(page);
    expectShown(await shownValues(page), nodeRun({ labSequenceLength: 32, labVocabulary: 2, labSeed: 8, labPretrainFraction: 1 }));
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b/);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("keys rerun the lab: Home on T gives one-symbol sentences, where the verdict says the claim fails; Reset restores the build-time run at once", { timeout: 180_000 }, async () => {
    const { page, context, log } = await openPage(browser(), lab);
    await focusFirst(page, "labSequenceLength");
    await page.keyboard.press("Home");
    await settled(page);
    expectShown(await shownValues(page), nodeRun({ labSequenceLength: 1 }));
    expect(await page.locator('[data-lab-text="verdict"]').textContent()).toContain("the claim fails");
    expect(new URL(page.url()).searchParams.get("labSequenceLength")).toBe("1");
    await page.getByRole("button", { name: "Reset numbers" }).click();
    expectShown(await shownValues(page), nodeRun({}));
    expect(await page.locator('[data-lab-text="verdict"]').textContent()).toContain("the claim holds");
    await expect(page.locator("[data-lab-progress]").isHidden()).resolves.toBe(true);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("the links to the reverse case and to a shift larger than its rewards keep their own settings", async () => {
    const { page, context } = await openPage(browser(), lab);
    await page.waitForTimeout(300);
    const reverse = page.locator('a[data-own-query][href*="labSequenceLength=2"]');
    expect(await reverse.count()).toBe(1);
    expect(await reverse.evaluate((a) => (a as HTMLAnchorElement).search)).toBe("?labSequenceLength=2&labVocabulary=4");
    const shift = page.locator('a[data-own-query][href*="labRlLearningRate=10"]');
    expect(await shift.evaluate((a) => (a as HTMLAnchorElement).search)).toBe("?labSequenceLength=3&labVocabulary=4&labBudgetPasses=1000&labRlLearningRate=10");
    await context.close();
  });
});
