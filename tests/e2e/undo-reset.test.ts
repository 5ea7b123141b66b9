import type { Page } from "playwright-core";
import { describe } from "vitest";
import { test as it } from "./fixture";
import { focusFirst, onlyValue } from "./support/read";

// Reset one number, and undo/redo over the reader's changes (issue 18, items 3 and 4).
const chapter = "/reward-events/";

const query = (page: Page) => new URL(page.url()).search;
/** Waits until the address bar holds exactly this query (it is written a moment after a change). */
const queryIs = (page: Page, search: string) => page.waitForFunction((s) => location.search === s, search, { timeout: 5000 });

describe("reset one number", () => {

  it("a changed number has a reset button beside every copy, named for the number and its default; unchanged ones have none", async ({ open, expect }) => {
    const { page, log } = await open(`${chapter}?passesPerReward=250`);
    const resets = page.locator('button[data-reset-for="passesPerReward"]');
    const copies = await page.locator('[data-input="passesPerReward"]').count();
    expect(await resets.count()).toBe(copies);
    for (let i = 0; i < copies; i++) await expect(resets.nth(i).isVisible()).resolves.toBe(true);
    // The default of passesPerReward is 1,000 forward passes per reward (DESIGN.md), spoken without the separator.
    expect(await resets.first().getAttribute("aria-label")).toBe("Reset Forward passes per RL reward to its default, 1000 forward passes per reward");
    const others = page.locator('button[data-reset-for="rlComputeShare"]');
    expect(await others.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await others.count()); i++) await expect(others.nth(i).isVisible()).resolves.toBe(false);
    expect(log.errors).toEqual([]);
  });

  it("the keyboard reaches it (Tab from the number), Enter resets that number only; dependents, the link and focus follow", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?passesPerReward=250&rlComputeShare=0.9`);
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset["resetFor"])).toBe("passesPerReward");
    await page.keyboard.press("Enter");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1000");
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.9");
    // parity = L / (L + 1) at L = 1000
    expect(await onlyValue(page, "output", "parityRlShare")).toBe(String(1000 / 1001));
    await queryIs(page, "?rlComputeShare=0.9");
    await expect(page.locator('button[data-reset-for="passesPerReward"]').first().isVisible()).resolves.toBe(false);
    // Focus goes back to the number rather than being lost with the hidden button.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset["input"])).toBe("passesPerReward");
  });
});

describe("undo and redo", () => {

  it("Ctrl+Z steps back one change at a time, Ctrl+Shift+Z and Ctrl+Y forward; values, dependents and the link follow", async ({ open, expect }) => {
    const { page, log } = await open(chapter);
    const undo = page.locator('button[data-action="undo"]');
    const redo = page.locator('button[data-action="redo"]');
    await expect(undo.isDisabled()).resolves.toBe(true);
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("ArrowUp"); // 10^3.1 on the two-digit log ladder: 1300
    await focusFirst(page, "rlComputeShare");
    await page.keyboard.press("ArrowUp"); // 0.5 + 0.01
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.51");
    await expect(undo.isDisabled()).resolves.toBe(false);

    await page.keyboard.press("Control+z");
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.5");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1300");
    await queryIs(page, "?passesPerReward=1300");
    await page.keyboard.press("Control+z");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1000");
    expect(await onlyValue(page, "output", "parityRlShare")).toBe(String(1000 / 1001));
    await queryIs(page, "");
    await expect(undo.isDisabled()).resolves.toBe(true);
    // Nothing further back: the page's first state is the floor.
    await page.keyboard.press("Control+z");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1000");

    await page.keyboard.press("Control+Shift+z");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1300");
    expect(await onlyValue(page, "output", "parityRlShare")).toBe(String(1300 / 1301));
    await page.keyboard.press("Control+y");
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.51");
    await queryIs(page, "?passesPerReward=1300&rlComputeShare=0.51");
    await expect(redo.isDisabled()).resolves.toBe(true);

    // The header's buttons do the same.
    await undo.click();
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.5");
    await redo.click();
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.51");
    // A new change after an undo drops what could have been redone.
    await undo.click();
    await focusFirst(page, "rlComputeShare");
    await page.keyboard.press("ArrowDown");
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.49");
    await expect(redo.isDisabled()).resolves.toBe(true);
    expect(log.errors).toEqual([]);
  });

  it("a drag is one change: one undo puts the number back where the drag began", async ({ open, expect }) => {
    const { page } = await open(chapter);
    const number = page.locator('[data-input="passesPerReward"]').first();
    await number.scrollIntoViewIfNeeded();
    const box = (await number.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    for (let dx = 10; dx <= 120; dx += 10) await page.mouse.move(box.x + box.width / 2 + dx, y);
    await page.mouse.up();
    const dragged = await onlyValue(page, "input", "passesPerReward");
    expect(Number(dragged)).toBeGreaterThan(1000);
    await queryIs(page, `?passesPerReward=${dragged}`);
    await page.keyboard.press("Control+z");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1000");
    await queryIs(page, "");
    await page.keyboard.press("Control+Shift+z");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe(dragged);
  });

  it("does not fire while a number is being typed: Ctrl+Z belongs to the text field there", async ({ open, expect }) => {
    const { page } = await open(chapter);
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    const field = page.locator('input[data-editor-for="passesPerReward"]');
    await expect(field.isVisible()).resolves.toBe(true);
    await page.keyboard.type("5");
    await page.keyboard.press("Control+z");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1300");
    await expect(field.isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+z");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1000");
  });

  it("Reset numbers is one change that undo takes back whole", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?passesPerReward=250&rlComputeShare=0.9`);
    await page.locator('button[data-action="reset"]').click();
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1000");
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.5");
    await queryIs(page, "");
    await page.locator('button[data-action="undo"]').click();
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("250");
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.9");
    expect(query(page)).toBe("?passesPerReward=250&rlComputeShare=0.9");
  });
});
