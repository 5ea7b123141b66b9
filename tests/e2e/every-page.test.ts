import { preInteractionWeight } from "../../scripts/bench/weight";
import { builtPages } from "../../scripts/support/pages";
import { BUDGET_BYTES } from "../support/budget";
import { origin, test } from "./fixture";
import { axeViolations, focusProblems, keyboardProblems, motionProblems, redrawProblems } from "./support/pageChecks";

// The bars every built page is held to in the browser, so a page added later meets them without
// editing a test. Each page is loaded once and read for all of them: first as the reader finds it
// (weight, axe, focus, motion), then used by keyboard alone; the fixture fails the test if it
// logged an error (CSP violations included), opened a dialog or sent a request off the origin,
// after all that interaction too. Small screens: every-page-phone.test.ts.

const pages = builtPages();

test.concurrent.for(pages)(
  "%s: at most 50 KB of JavaScript fetched before interaction; no axe violation in light or dark mode; visible focus on everything tabbable; nothing moves under reduced motion; by keyboard alone every live number steps with the arrows and goes to its minimum with Home, Reset restores the defaults, and a figure is redrawn after a change",
  async (path, { open, expect }) => {
    const { page } = await open(path, { navigate: false });
    const weight = await preInteractionWeight(page, `${origin()}${path}`);
    expect(weight.jsFiles.length).toBeGreaterThan(0);
    expect(weight.jsRaw, `${weight.jsFiles.join(", ")} = ${weight.jsRaw} B raw, ${weight.jsGzip} B gzip`).toBeLessThanOrEqual(BUDGET_BYTES);

    expect.soft(await axeViolations(page, "all"), "axe, light mode").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect.soft(await axeViolations(page, "colour"), "axe's colour rules, dark mode").toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
    expect.soft(await focusProblems(page), "focus").toEqual([]);
    expect.soft(await motionProblems(page), "reduced motion").toEqual([]);
    expect.soft(await redrawProblems(page), "figure redraw").toEqual([]);
    expect.soft(await keyboardProblems(page), "keyboard").toEqual([]);
    // Late errors and requests (a figure redrawn, a chunk loaded after the last key) count too.
    await page.waitForLoadState("networkidle");
  },
);
