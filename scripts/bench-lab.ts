// The lab's benchmark (npm run bench:lab): forward passes per second for each regime, the wall
// and CPU time of the default run (all three regimes) and of the T sweep, in Node, with the
// machine's load, since the machines this runs on are shared. Not a test: it asserts nothing.
import { availableParallelism, cpus, loadavg } from "node:os";
import { defaultValues } from "../src/model/registry";
import { createRandom } from "../src/model/random";
import { runLab } from "../src/lab/run";
import { labSettingsFrom } from "../src/lab/settings";
import { runSweep } from "../src/lab/sweep";
import { Trainer } from "../src/lab/trainer";
import { createWorld } from "../src/lab/world";

const repeats = Number(process.env["BENCH_REPEATS"] ?? 3);
const settings = labSettingsFrom(defaultValues());
const world = createWorld({ seed: settings.seed, vocabulary: settings.vocabulary, branching: settings.branching, length: settings.sequenceLength });

function measure<T>(f: () => T): { wall: number; cpu: number; value: T } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(cpu0);
  return { wall, cpu: (c.user + c.system) / 1000, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function best(label: string, f: () => number) {
  const runs = Array.from({ length: repeats }, () => measure(f));
  const passes = runs[0]!.value;
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  console.log(`${label.padEnd(50)} ${String(passes).padStart(9)} passes  ${wall.toFixed(0).padStart(6)} ms wall  ${cpu.toFixed(0).padStart(6)} ms cpu  ${(passes / (wall / 1000) / 1e6).toFixed(2).padStart(6)} M passes/s`);
}

const load = loadavg().map((x) => x.toFixed(2)).join(", ");
console.log(`lab benchmark: node ${process.version}, ${cpus()[0]?.model ?? "unknown cpu"}, ${availableParallelism()} cores, load average ${load}`);
console.log(`settings: ${JSON.stringify(settings)}; median of ${repeats}\n`);

const budget = Math.floor(settings.budgetPasses / settings.sequenceLength) * settings.sequenceLength;
const switchAt = Math.floor((settings.pretrainFraction * settings.budgetPasses) / settings.sequenceLength) * settings.sequenceLength;

best("pretraining only (cross-entropy)", () => {
  const t = new Trainer(world);
  t.pretrain(budget, settings.pretrainLearningRate, createRandom(settings.seed, 1));
  return t.passes;
});
best("RL from scratch (REINFORCE; no reward, no update)", () => {
  const t = new Trainer(world);
  t.reinforce(budget, settings.rlLearningRate, createRandom(settings.seed, 2));
  return t.passes;
});
best("pretrain then RL (both phases)", () => {
  const t = new Trainer(world);
  t.pretrain(switchAt, settings.pretrainLearningRate, createRandom(settings.seed, 1));
  t.reinforce(budget, settings.rlLearningRate, createRandom(settings.seed, 2));
  return t.passes;
});

console.log("");
const runs = Array.from({ length: repeats }, () => measure(() => runLab(settings)));
console.log(`default run, all three regimes (runLab):   ${median(runs.map((r) => r.wall)).toFixed(0)} ms wall, ${median(runs.map((r) => r.cpu)).toFixed(0)} ms cpu (target: under 2,000 ms)`);
const sweeps = Array.from({ length: Math.min(repeats, 2) }, () => measure(() => runSweep(settings)));
console.log(`T sweep, T = 1..12 (runSweep):             ${median(sweeps.map((r) => r.wall)).toFixed(0)} ms wall, ${median(sweeps.map((r) => r.cpu)).toFixed(0)} ms cpu (target: under 10,000 ms)`);
const r = runs[0]!.value;
console.log(
  `\nresults: success pretrain only ${r.pretrainOnly.finalSuccess}, RL only ${r.rlOnly.finalSuccess}, pretrain then RL ${r.pretrainThenRl.finalSuccess}; ` +
    `passes to half RL only ${r.rlOnly.passesToHalf}, pretrain then RL ${r.pretrainThenRl.passesToHalf}`,
);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(", ")}`);

// --worst: the most expensive run a link can ask for. Sentences of one symbol make RL learn (and
// so update) on every pass, and no pretraining makes the third regime RL throughout; the
// largest vocabulary, branching and budget do the rest. The T sweep caps its own budget.
if (process.argv.includes("--worst")) {
  const worst = { ...settings, sequenceLength: 1, vocabulary: 32, branching: 8, budgetPasses: 1e7, pretrainFraction: 0 };
  console.log(`\nworst case: ${JSON.stringify(worst)}`);
  const w = measure(() => runLab(worst));
  console.log(`worst-case run: ${(w.wall / 1000).toFixed(1)} s wall, ${(w.cpu / 1000).toFixed(1)} s cpu`);
  const sweepWorst = { ...worst, pretrainFraction: 0.5 };
  const s = measure(() => runSweep(sweepWorst));
  console.log(`worst-case sweep (${JSON.stringify({ ...sweepWorst, sequenceLength: "1..12" })}): ${(s.wall / 1000).toFixed(1)} s wall, ${(s.cpu / 1000).toFixed(1)} s cpu`);
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(", ")}`);
}
