// npm run pdf: prints the whole essay (/essay/) from the built site to a paginated PDF with the
// system Chromium, figures and numbers as the page shows them, references, and page numbers.
//   npm run pdf                                      dist/ -> dist/the-bits-that-shape-a-mind.pdf
//   npm run pdf -- --query "passesPerReward=250"     the essay at those settings
//   npm run pdf -- --dist dist-base --out essay.pdf  another build, another file
// The build's base path (BASE, or the address in src/essay/essay.ts) is read as the build read it,
// so the site is served here exactly where its links point.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { publicAddress, pdfFile } from "../src/essay/address";
import { currentEdition, essay } from "../src/essay/essay";
import { chromiumFlags, chromiumPath } from "./support/chromium";
import { serveStatic } from "./support/server";

const { values: args } = parseArgs({
  options: { dist: { type: "string", default: "dist" }, query: { type: "string", default: "" }, out: { type: "string" } },
});
const dist = args.dist!;
const out = args.out ?? `${dist}/${pdfFile}`;
const query = args.query!.replace(/^\?/, "");
const { base } = publicAddress(process.env);

const started = performance.now();
const { server, origin } = await serveStatic(dist, { mount: base });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 }, colorScheme: "light" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${origin}${base}essay/${query ? `?${query}` : ""}`, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  if (query) {
    // Figures away from the screen are redrawn with the reader's values when they come near it
    // (src/runtime/figures/index.ts): bring each near in turn, so the print shows the settings.
    await page.evaluate(async () => {
      const frames = (n: number) => new Promise<void>((done) => { const step = () => (n-- > 0 ? requestAnimationFrame(step) : done()); step(); });
      for (const el of document.querySelectorAll<HTMLElement>("[data-figure], [data-lab-figure]")) {
        el.scrollIntoView({ block: "center" });
        await frames(3);
      }
      window.scrollTo(0, 0);
      await frames(3);
    });
    if (/(^|&)lab/.test(query)) {
      // A lab setting reruns the experiment in its worker; print once its results are on the page.
      await page.waitForFunction(() => /Run in your browser|Cancelled|failed/i.test(document.querySelector("[data-lab-status]")?.textContent ?? ""), null, { timeout: 300_000 });
    }
  }
  if (errors.length > 0) throw new Error(`The page reported errors: ${errors.join("; ")}`);
  mkdirSync(dirname(out), { recursive: true });
  const small = "font: 8px system-ui, sans-serif; color: #5c5c66; width: 100%; padding: 0 16mm;";
  await page.pdf({
    path: out,
    format: "A4",
    margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small} text-align: right;">${essay.title} · edition ${currentEdition.number}${query ? " · settings from the link" : ""}</div>`,
    footerTemplate: `<div style="${small} text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    outline: true,
    tagged: true,
  });
  console.log(`Printed ${base}essay/${query ? `?${query}` : ""} to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await browser.close();
  server.close();
}
