// The site's benchmark (npm run bench): builds the site, serves dist/ on loopback, and for every
// page prints the JavaScript and CSS loaded before any interaction, Lighthouse's scores (mobile
// defaults), layout shift, and the in-page latency from a key press on an input to the change of
// what depends on it. Writes the same figures to bench-results/bench.json. Not a test: it asserts
// nothing; the budgets that can be tests are in tests/dist/budget.test.ts and tests/e2e/every-page.test.ts.
//   BENCH_PAGES=/reward-events/,/ only those pages   BENCH_LIGHTHOUSE=0 skip Lighthouse
//   BENCH_PRESSES=50 timed presses per input          BENCH_INPUTS=4 inputs timed per page
//   BENCH_BUILD=0 reuse the existing dist/          BENCH_LIGHTHOUSE_RUNS=3 runs per page (median kept)
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { chromium } from "playwright-core";
import { chromiumFlags, chromiumPath } from "./support/chromium";
import { builtPages } from "./support/pages";
import { serveStatic } from "./support/server";
import { installShiftObserver, measureLatency, type PageLatency } from "./bench/latency";
import { lighthouseScores, type Scores } from "./bench/lighthouse";
import { preInteractionWeight, type Weight } from "./bench/weight";

const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const presses = Number(env("BENCH_PRESSES", "50"));
const maxInputs = Number(env("BENCH_INPUTS", "4"));
const lighthouseRuns = Number(env("BENCH_LIGHTHOUSE_RUNS", "3"));
const JS_BUDGET = 50 * 1024;

interface PageResult extends Weight, PageLatency {
  path: string;
  lighthouse: Scores | null;
}

function build(): number | null {
  if (env("BENCH_BUILD", "1") === "0") return null;
  const t0 = performance.now();
  const run = spawnSync("npx", ["astro", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) throw new Error("astro build failed");
  return (performance.now() - t0) / 1000;
}

const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number | null) => (n === null ? "–" : n.toFixed(1));
const sc = (n: number | null | undefined) => (n === null || n === undefined ? "–" : n.toFixed(2));

function printTables(results: PageResult[], buildSeconds: number | null): void {
  const rows = results.map((r) => {
    const lh = r.lighthouse;
    const out95 = r.inputs.length ? Math.max(...r.inputs.map((i) => i.outputP95)) : null;
    const out50 = r.inputs.length ? Math.max(...r.inputs.map((i) => i.outputP50)) : null;
    const figs = r.inputs.flatMap((i) => (i.figureP95 === null ? [] : [i.figureP95]));
    const draws = r.inputs.flatMap((i) => (i.drawP95 === null ? [] : [i.drawP95]));
    const gaps = r.inputs.map((i) => i.frameP95);
    return [
      r.path, kb(r.jsRaw), kb(r.jsGzip), kb(r.cssRaw), kb(r.cssGzip),
      sc(lh?.performance), sc(lh?.accessibility), sc(lh?.bestPractices), sc(lh?.seo),
      r.clsLoad.toFixed(3), r.shiftAfterInput.toFixed(3), r.figureResizePx.toFixed(1), ms(out50), ms(out95),
      figs.length ? ms(Math.max(...figs)) : "–", draws.length ? ms(Math.max(...draws)) : "–", gaps.length ? ms(Math.max(...gaps)) : "–",
    ];
  });
  const head = ["page", "JS KB", "JS gz", "CSS KB", "CSS gz", "perf", "a11y", "b.p.", "SEO", "CLS", "shift*", "fig Δh", "in→out p50", "p95", "in→fig p95", "draw p95", "frame p95"];
  table(head, rows);
  console.log(`JS/CSS: loaded before any interaction (raw and gzip, KB = 1024 B). perf … SEO: Lighthouse 12.2.3, mobile defaults, median of ${lighthouseRuns} runs.`);
  console.log("CLS: layout shift while loading; shift*: all layout shift after the first key press (prose reflowing around changed numbers");
  console.log("included, which CLS excludes as input-driven); fig Δh: largest change of a figure's height on redraw, px.");
  console.log("in→out: keydown to the first change of a dependent data-output, ms (worst input on the page); in→fig: keydown to the end of");
  console.log("the first figure redraw, which waits for the next frame; draw: that redraw's own work inside its frame; frame: the longest");
  console.log("gap between frames in the five after a press (16.7 ms at 60 Hz when no frame is missed).\n");
  const inputRows = results.flatMap((r) =>
    r.inputs.map((i) => [r.path, i.input, String(i.presses), ms(i.outputP50), ms(i.outputP95), `${i.figurePresses}`, ms(i.figureP50), ms(i.figureP95), ms(i.drawP50), ms(i.drawP95), ms(i.frameP95)]),
  );
  table(["page", "input", "presses", "out p50", "out p95", "fig presses", "fig p50", "fig p95", "draw p50", "draw p95", "frame p95"], inputRows);
  const failing = results.flatMap((r) => (r.lighthouse?.failing.length ? [`${r.path}: ${r.lighthouse.failing.join(", ")}`] : []));
  if (failing.length) console.log(`\nLighthouse audits below 1 (a11y, best practices, SEO):\n  ${failing.join("\n  ")}`);
  const over = results.filter((r) => r.jsRaw > JS_BUDGET).map((r) => r.path);
  console.log(`\nJavaScript budget (50 KB raw before interaction): ${over.length ? `exceeded on ${over.join(", ")}` : "met on every page"}`);
  if (buildSeconds !== null) console.log(`Full build (astro build): ${buildSeconds.toFixed(1)} s`);
}

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i < 2 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  console.log(`site benchmark: node ${process.version}, ${cpus()[0]?.model ?? "unknown cpu"}, ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(", ")}`);
  const buildSeconds = build();
  const only = env("BENCH_PAGES", "").split(",").filter(Boolean);
  const pages = builtPages().filter((p) => only.length === 0 || only.includes(p));
  const { server, origin } = await serveStatic("dist", { compress: true });
  const results: PageResult[] = [];
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
    for (const path of pages) {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      await installShiftObserver(page);
      const weight = await preInteractionWeight(page, `${origin}${path}`);
      const latency = await measureLatency(page, presses, maxInputs);
      await context.close();
      results.push({ path, ...weight, ...latency, lighthouse: null });
      console.error(`measured ${path}`);
    }
    await browser.close();
    if (env("BENCH_LIGHTHOUSE", "1") !== "0") {
      for (const r of results) {
        r.lighthouse = await lighthouseScores(`${origin}${r.path}`, chromiumPath, chromiumFlags, lighthouseRuns);
        console.error(`lighthouse ${r.path}: ${sc(r.lighthouse.performance)} ${sc(r.lighthouse.accessibility)} ${sc(r.lighthouse.bestPractices)} ${sc(r.lighthouse.seo)}`);
      }
    }
  } finally {
    server.close();
  }
  printTables(results, buildSeconds);
  mkdirSync("bench-results", { recursive: true });
  let commit = "";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    // Not a git checkout: the JSON simply has no commit.
  }
  const json = { date: new Date().toISOString(), commit, node: process.version, loadAverage: loadavg(), buildSeconds, presses, pages: results };
  writeFileSync("bench-results/bench.json", `${JSON.stringify(json, null, 2)}\n`);
  console.log("Figures written to bench-results/bench.json");
}

await main();
