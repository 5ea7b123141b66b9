import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { parseHTML } from "linkedom";
import { describe } from "vitest";
import { test as it, origin } from "./fixture";
import { onlyValue } from "./support/read";

// Figure previews, downloads and embeds, and the standalone figure pages (issue 18, items 5 to 7).
const chapter = "/reward-events/";
const preview = "#cite-preview";

/** Every figure id the chapters place, read from the built chapter pages. */
const figureIds = (): string[] => {
  const ids = new Set<string>();
  for (const slug of ["reward-events", "token-loss-vs-sparse-reward", "post-training-still-matters", "the-pretraining-analogy", "the-lab", "human-bit-rates", "continual-learning", "synthesis"]) {
    for (const m of readFileSync(`dist/${slug}/index.html`, "utf8").matchAll(/<figure[^>]*\sid="(fig-[a-z0-9-]+)"/g)) ids.add(m[1]!);
  }
  return [...ids];
};

const downloaded = async (download: Download): Promise<Buffer> => {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const inViewport = (page: Page) =>
  page.locator(preview).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.left >= 0 && r.top >= 0 && r.right <= document.documentElement.clientWidth && r.bottom <= innerHeight;
  });

describe("figure previews", () => {

  it("hovering a figure reference previews the figure, drawn at the reader's values, with its caption; one popover at a time", async ({ open, expect }) => {
    const { page, log } = await open(`${chapter}?passesPerReward=250`);
    const ref = page.locator('a.figref[href="#fig-parity-vs-passes"]').first();
    await ref.scrollIntoViewIfNeeded();
    await ref.hover();
    await page.locator(`${preview}[data-kind="figure"]`).waitFor({ state: "visible", timeout: 5000 });
    expect(await page.locator(`${preview} svg`).count()).toBeGreaterThan(0);
    // The figure's own label for the reader's setting: "you: L = 250 → 99.6%" (250/251 = 99.6%).
    expect(await page.locator(`${preview} svg`).first().textContent()).toContain("you: L = 250");
    expect(await page.locator(`${preview} .fig-preview-caption`).textContent()).toMatch(/^\s*Figure 3\./);
    // Nothing in it to tab into, and no id repeated from the page.
    expect(await page.locator(`${preview} a, ${preview} button, ${preview} [tabindex], ${preview} [data-input]`).count()).toBe(0);
    expect(await ref.getAttribute("aria-describedby")).toBe("cite-preview");
    // A citation's preview replaces it: never two.
    await page.locator("a.cite[data-cite]").first().hover();
    await page.waitForFunction(() => document.getElementById("cite-preview")?.dataset["kind"] === "cite");
    expect(await page.locator(".cite-preview:visible").count()).toBe(1);
    await page.mouse.move(2, 2);
    await page.locator(preview).waitFor({ state: "hidden", timeout: 2000 });
    expect(log.errors).toEqual([]);
  });

  it("focus previews it and Escape closes it, leaving focus on the reference", async ({ open, expect }) => {
    const { page } = await open(chapter);
    const ref = page.locator('a.figref[href="#fig-parity-vs-passes"]').first();
    await ref.focus();
    await page.locator(`${preview}[data-kind="figure"]`).waitFor({ state: "visible", timeout: 5000 });
    await page.keyboard.press("Escape");
    await expect(page.locator(preview).isHidden()).resolves.toBe(true);
    expect(await ref.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("on a 360 px touch screen the first tap previews, inside the viewport, and the second follows the reference", async ({ open, expect }) => {
    const { page } = await open(chapter, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const ref = page.locator('a.figref[href="#fig-parity-vs-passes"]').first();
    await ref.scrollIntoViewIfNeeded();
    await ref.tap();
    await page.locator(`${preview}[data-kind="figure"]`).waitFor({ state: "visible", timeout: 5000 });
    expect(new URL(page.url()).hash).toBe("");
    expect(await inViewport(page)).toBe(true);
    await ref.tap();
    await page.waitForFunction(() => location.hash === "#fig-parity-vs-passes");
  });

  it("a reference to another chapter's figure previews it from that figure's own page", async ({ open, expect }) => {
    const { page, log } = await open(chapter);
    // No chapter links across to a figure yet; the page's handling is the same for any such link.
    await page.evaluate(() => {
      const link = Object.assign(document.createElement("a"), { href: "/synthesis/#fig-shaping-cake", textContent: "the synthesis's cake" });
      link.id = "test-cross-ref";
      document.querySelector(".prose p")!.append(" See ", link, ".");
    });
    await page.locator("#test-cross-ref").hover();
    await page.locator(`${preview}[data-kind="figure"]`).waitFor({ state: "visible", timeout: 5000 });
    expect(await page.locator(`${preview} .fig-preview-chapter`).textContent()).toBe("In “Where the shaping comes from”. ");
    expect(await page.locator(`${preview} svg`).count()).toBeGreaterThan(0);
    expect(await inViewport(page)).toBe(true);
    expect(log.foreignRequests).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe("figure downloads", () => {

  it("SVG: a standalone document of the figure as drawn with the reader's values, colours and fonts written on it", async ({ open, expect }) => {
    const { page, log } = await open(`${chapter}?rlComputeShare=0.9`);
    const figure = page.locator("#fig-event-split");
    await figure.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent("download"), figure.locator('button[data-fig-export="svg"]').click()]);
    expect(download.suggestedFilename()).toBe("fig-event-split.svg");
    const text = (await downloaded(download)).toString("utf8");
    const { document } = parseHTML(text.replace(/^<\?xml[^>]*>\s*/, ""));
    const svg = document.querySelector("svg")!;
    expect(svg.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(Number(svg.getAttribute("width"))).toBeGreaterThan(0);
    // RL's share of compute, 0.9, is labelled "RL 90%" in the bar.
    expect(svg.textContent).toContain("RL 90%");
    expect(svg.querySelector("title")!.textContent).toMatch(/^Figure 1, /);
    // No stylesheet or page variables left to resolve: every colour is written out.
    expect(svg.querySelectorAll("style").length).toBe(0);
    expect(text).not.toMatch(/var\(--|currentColor/);
    expect(svg.querySelector("rect")!.getAttribute("fill")).toMatch(/^rgb/);
    expect(text).toMatch(/font-family:[^;"]+/);
    expect(log.errors).toEqual([]);
  });

  it("PNG: twice the size, with the figure's aspect ratio", async ({ open, expect }) => {
    const { page, log } = await open(`${chapter}?rlComputeShare=0.9`, { colorScheme: "dark" });
    const figure = page.locator("#fig-event-split");
    await figure.scrollIntoViewIfNeeded();
    const viewBox = (await figure.locator("[data-plot=wide] svg").getAttribute("viewBox"))!.split(" ").map(Number);
    const [download] = await Promise.all([page.waitForEvent("download"), figure.locator('button[data-fig-export="png"]').click()]);
    expect(download.suggestedFilename()).toBe("fig-event-split.png");
    const png = await downloaded(download);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(2 * viewBox[2]!);
    expect(height).toBe(2 * viewBox[3]!);
    expect(log.errors).toEqual([]);
  });
});

describe("embeds and standalone figure pages", () => {

  it("Embed gives an <iframe> snippet for /figure/<id>/ with the reader's query", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?rlComputeShare=0.9`);
    const figure = page.locator("#fig-event-split");
    await figure.scrollIntoViewIfNeeded();
    await figure.locator("button[data-fig-embed]").click();
    const dialog = page.locator("dialog.embed-dialog");
    await dialog.waitFor({ state: "visible", timeout: 5000 });
    const code = await dialog.locator("textarea").inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="${origin()}/figure/fig-event-split/\\?rlComputeShare=0\\.9" title="Figure 1 of “Counting reward events”, The Bits That Shape a Mind" width="100%" height="\\d+"`));
    await page.keyboard.press("Escape");
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset["figEmbed"])).toBe("");
  });

  it("every figure has a standalone page; with a query it shows the reader's numbers and keeps them in its links", async ({ open, expect }) => {
    const ids = figureIds();
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(readFileSync(`dist/figure/${id}/index.html`, "utf8")).toContain(`<figure class="live-figure`);
    const { page, log } = await open("/figure/fig-event-split/?rlComputeShare=0.9");
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("0.9");
    await page.waitForFunction(() => document.querySelector("#fig-event-split [data-plot=wide] svg")?.textContent?.includes("RL 90%"), undefined, { timeout: 5000 });
    const back = page.locator(".figure-credit a", { hasText: "Read it in context" });
    await page.waitForFunction(() => document.querySelector<HTMLAnchorElement>(".figure-credit a")?.search === "?rlComputeShare=0.9");
    expect(new URL((await back.getAttribute("href"))!, origin()).pathname + new URL((await back.getAttribute("href"))!, origin()).hash).toBe("/reward-events/#parity");
    expect(await page.locator('.figure-page .licence a[rel="license"]').getAttribute("href")).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(await page.locator("figure").count()).toBe(1);
    expect(log.errors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });

  it("a standalone figure page is complete without JavaScript and carries the same CSP as the chapters", async ({ open, expect }) => {
    const { page } = await open("/figure/fig-event-split/", { javaScriptEnabled: false });
    expect(await page.locator("#fig-event-split [data-plot=wide] svg").count()).toBe(1);
    expect(await page.locator("#fig-event-split figcaption").textContent()).toContain("Figure 1.");
    expect(await page.locator('.figure-inputs [data-input="rlComputeShare"]').textContent()).toBe("50%");
    expect(await page.locator(".figure-page .licence").textContent()).toContain("CC BY 4.0");
    const csp = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    const figurePage = readFileSync("dist/figure/fig-event-split/index.html", "utf8");
    expect(csp(figurePage)).toBeDefined();
    expect(csp(figurePage)).toBe(csp(readFileSync("dist/reward-events/index.html", "utf8")));
  });
});
