// The intervals' benchmark (npm run bench:uncertainty): milliseconds to recompute the 5th/50th/95th
// percentiles of every output in the registry, in Node, at several sample sizes, with the machine's
// load (the machines this runs on are shared). Not a test: it asserts nothing.
import { loadavg } from "node:os";
import { defaultValues, outputs, type OutputId, type Values } from "../src/model/registry";
import { outputPercentiles, SAMPLE_SIZE, type Ranges } from "../src/model/uncertainty";

const repeats = Number(process.env["BENCH_REPEATS"] ?? 15);
const ids = outputs.map((o) => o.id as OutputId);

function recomputeAll(values: Values, ranges: Ranges, n: number): number {
  const t0 = performance.now();
  for (const id of ids) outputPercentiles(id, values, ranges, { n });
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}; ${ids.length} outputs; median of ${repeats} runs`);
for (const n of [1000, SAMPLE_SIZE, 4000, 8000]) {
  const defaults = defaultValues();
  // Each scenario draws fresh input samples first (a new seed-independent cache key per run would be unfair); "cold" clears nothing
  // but uses a range no earlier run used, so its inputs are sampled anew.
  const cold = median(Array.from({ length: repeats }, (_, i) => recomputeAll(defaults, { passRate: { low: 0.1 + i * 1e-6, high: 0.9 } , passesPerReward: { low: 100 + i, high: 30000 } }, n)));
  const warm = median(Array.from({ length: repeats }, () => recomputeAll(defaults, {}, n)));
  const edited = median(Array.from({ length: repeats }, (_, i) => recomputeAll({ ...defaults, passesPerReward: 250 + i }, {}, n)));
  console.log(
    `n = ${String(n).padStart(5)}${n === SAMPLE_SIZE ? " (the site's)" : "             "}: ` +
      `all outputs, inputs cached ${warm.toFixed(1)} ms; after an edit ${edited.toFixed(1)} ms; with two new ranges to sample ${cold.toFixed(1)} ms`,
  );
}
