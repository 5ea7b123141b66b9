import { readFileSync } from "node:fs";
import { defaultValues, inputSpec, isInputId, type Values } from "../../src/model/registry";
import { builtPages } from "../../scripts/support/pages";
import { mismatches, otherQuery } from "../support/liveNumbers";
import { labDefaultValues } from "../support/labDefault";
import { test } from "./fixture";
import { shownNumbers } from "./support/read";

// One generic check of the arithmetic on every built page: every live number equals the model
// (tests/support/liveNumbers.ts), with JavaScript at values the build never used, and without
// JavaScript at the defaults whatever the link says. The model's functions are proved by hand in
// tests/model/; the chapters' own browser tests keep only what is about a page's behaviour.

const pages = builtPages();
const lab = labDefaultValues();

/** The ids of the live inputs and outputs the built page carries. */
function idsOn(path: string): { inputs: string[]; outputs: string[] } {
  const html = readFileSync(`dist${path}index.html`, "utf8");
  const ids = (kind: string) => [...new Set([...html.matchAll(new RegExp(`data-${kind}="([^"]+)"`, "g"))].map((m) => m[1]!))];
  return { inputs: ids("input"), outputs: ids("output") };
}

test.concurrent.for(pages)(
  "%s: every live number equals the model, at other values with JavaScript (after a key press too) and at the defaults without it",
  async (path, { open, expect }) => {
    const { inputs, outputs } = idsOn(path);
    const query = otherQuery(inputs, outputs);
    const search = `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;
    const defaults = defaultValues();

    // Without JavaScript the link cannot be read: the page shows the defaults.
    const off = await open(`${path}${search}`, { javaScriptEnabled: false });
    expect(mismatches(await shownNumbers(off.page), defaults, lab), "without JavaScript").toEqual([]);
    // Every button needs the script (copying, Reset, Cancel, the lab's reruns): none shows without it.
    expect(await off.page.locator("button:visible, [role=button]:visible").count(), "buttons shown without JavaScript").toBe(0);

    const { page } = await open(`${path}${search}`);
    expect(await page.locator("#notices").isHidden(), `${search} holds only values in range`).toBe(true);
    const values: Values = { ...defaults, ...query };
    expect(mismatches(await shownNumbers(page), values, lab), `with JavaScript at ${search}`).toEqual([]);

    // A key press on the first reader input: it moves, and everything that depends on it follows at once.
    const id = inputs.find((i) => i in query && isInputId(i));
    if (!id || !isInputId(id)) return;
    const first = page.locator(`[data-input="${id}"]`).first();
    await first.focus();
    await page.keyboard.press(values[id] < inputSpec(id).max ? "ArrowUp" : "ArrowDown");
    const moved = Number(await first.getAttribute("data-value"));
    expect(moved, `${id} moved with the key`).not.toBe(values[id]);
    expect(mismatches(await shownNumbers(page), { ...values, [id]: moved }, lab), `after a key press on ${id}`).toEqual([]);
  },
);
