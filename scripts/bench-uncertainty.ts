// The intervals' benchmark (npm run bench:uncertainty): milliseconds to recompute the 5th/50th/95th
// percentiles of the outputs, in Node, at several sample sizes, with the machine's load (the machines
// this runs on are shared). Not a test: it asserts nothing.
import { loadavg } from "node:os";
import { defaultValues, type InputId, inputs, outputs, type OutputId } from "../src/model/registry";
import { outputPercentiles, SAMPLE_SIZE, SEED } from "../src/model/uncertainty";

const repeats = Number(process.env["BENCH_REPEATS"] ?? 15);
const all = outputs.map((o) => o.id as OutputId);
// The input most outputs read: an edit to it costs the most.
const busiest = inputs
  .map((q) => q.id as InputId)
  .map((id) => ({ id, readers: all.filter((o) => (outputs.find((x) => x.id === o)!.deps as readonly string[]).includes(id)) }))
  .sort((a, b) => b.readers.length - a.readers.length)[0]!;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}; ${all.length} outputs; median of ${repeats} runs`);
console.log(`an edit to ${busiest.id} changes the intervals of ${busiest.readers.length} outputs`);
const defaults = defaultValues();
for (const n of [500, 1000, SAMPLE_SIZE, 4000]) {
  // Cold: a seed no earlier run used, so every input is sampled afresh (what the build does once).
  const cold = median(Array.from({ length: repeats }, (_, i) => time(() => all.forEach((id) => outputPercentiles(id, defaults, {}, { n, seed: 1000 + i + n })))));
  const warm = median(Array.from({ length: repeats }, () => time(() => all.forEach((id) => outputPercentiles(id, defaults, {}, { n, seed: SEED })))));
  const edit = median(
    Array.from({ length: repeats }, (_, i) => {
      const values = { ...defaults, [busiest.id]: defaults[busiest.id] * (1.1 + i / 100) };
      return time(() => busiest.readers.forEach((id) => outputPercentiles(id, values, {}, { n, seed: SEED })));
    }),
  );
  console.log(
    `n = ${String(n).padStart(4)}${n === SAMPLE_SIZE ? " (the site's)" : "             "}: ` +
      `every output, inputs drawn afresh ${cold.toFixed(1)} ms; every output, draws cached ${warm.toFixed(1)} ms; ` +
      `one edit to ${busiest.id} (${busiest.readers.length} outputs) ${edit.toFixed(1)} ms`,
  );
}
