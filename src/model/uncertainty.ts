import { createRandom } from "./random";
import { intervalQuantile } from "./intervalQuantile";
import { percentile } from "./percentile";
import { defaultValues, type InputId, inputs, inputSpec, type OutputId, outputSpec, type Values } from "./registry";
import type { InputInterval } from "./types";

/** Monte Carlo draws per recompute; with Latin hypercube sampling the percentiles settle well below the shown digits. */
export const SAMPLE_SIZE = 2000;
/** The seed of every interval on the site: the same seed gives the same percentiles, at build time and in the browser. */
export const SEED = 8;

/** A reader's own 90% intervals, by input (the family stays the registry's). */
export type Ranges = Partial<Record<InputId, { readonly low: number; readonly high: number }>>;

export interface Percentiles {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

export interface SampleOptions {
  readonly n?: number;
  readonly seed?: number;
}

const streams = new Map<string, number>(inputs.map((q, i) => [q.id, i]));

/**
 * The interval an input is drawn from at these settings, or undefined when it is fixed: a lab
 * setting, or a value the reader chose (anything but the default) without giving a range of their own.
 */
export function samplingInterval(id: InputId, values: Readonly<Values>, ranges: Ranges = {}): InputInterval | undefined {
  const u = inputSpec(id).uncertainty;
  if (u.kind === "setting") return undefined;
  const own = ranges[id];
  if (own) return { low: own.low, high: own.high, family: u.family };
  return values[id] === inputSpec(id).default ? u : undefined;
}

const sampleCache = new Map<string, Float64Array>();

/** Forgets cached draws (tests use it to show that determinism does not rest on the cache). */
export function clearSampleCache(): void {
  sampleCache.clear();
}

/**
 * n draws of one input from an interval, by Latin hypercube over the input's own stream of the
 * seeded generator: an input's draws never depend on which other inputs are fixed.
 */
export function inputSamples(id: InputId, interval: InputInterval, { n = SAMPLE_SIZE, seed = SEED }: SampleOptions = {}): Float64Array {
  const key = `${id} ${interval.low} ${interval.high} ${interval.family} ${n} ${seed}`;
  const hit = sampleCache.get(key);
  if (hit) return hit;
  const q = inputSpec(id);
  const random = createRandom(seed, streams.get(id)!);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = intervalQuantile(interval, q.min, q.max, (order[i]! + random()) / n);
  if (sampleCache.size > 256) sampleCache.clear();
  sampleCache.set(key, xs);
  return xs;
}

/** n draws of an output through its own compute function, or undefined when every input it reads is fixed. */
export function outputSamples(id: OutputId, values: Readonly<Values>, ranges: Ranges = {}, options: SampleOptions = {}): Float64Array | undefined {
  const spec = outputSpec(id);
  const drawn = spec.deps.flatMap((d) => {
    const interval = samplingInterval(d, values, ranges);
    return interval ? [[d, inputSamples(d, interval, options)] as const] : [];
  });
  if (drawn.length === 0) return undefined;
  const keys = drawn.map(([d]) => d);
  const columns = drawn.map(([, xs]) => xs);
  const n = columns[0]!.length;
  // A fresh object built key by key stays in V8's fast-property mode (a spread copy of a big object may not): 3x faster reads.
  const row = {} as Values;
  for (const q of inputs) row[q.id] = values[q.id];
  const ys = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < keys.length; k++) row[keys[k]!] = columns[k]![j]!;
    ys[j] = spec.compute(row);
  }
  return ys;
}

/** The 5th, 50th and 95th percentiles of draws (NaNs dropped; `x === x` is false only for NaN); a fixed value when there are no draws. */
export function percentilesOf(samples: Float64Array | undefined, fixed: number): Percentiles {
  if (!samples) return { p5: fixed, p50: fixed, p95: fixed };
  const finite = new Float64Array(samples.length);
  let m = 0;
  for (let j = 0; j < samples.length; j++) if (samples[j] === samples[j]) finite[m++] = samples[j]!;
  const kept = finite.subarray(0, m);
  return { p5: stable(percentile(kept, 0.05)), p50: stable(percentile(kept, 0.5)), p95: stable(percentile(kept, 0.95)) };
}

/**
 * Rounds to 12 significant digits: ECMAScript lets engines differ in the last bit of Math.exp and
 * Math.log2, and this keeps the build's percentiles and a browser's equal digit for digit (barring
 * a value within 1e-16 of a rounding boundary). Far beyond the 3 digits the page shows.
 */
function stable(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

/** An output's 90% interval and median by seeded Monte Carlo through the model; no width when all its inputs are fixed. */
export function outputPercentiles(id: OutputId, values: Readonly<Values>, ranges: Ranges = {}, options: SampleOptions = {}): Percentiles {
  return percentilesOf(outputSamples(id, values, ranges, options), outputSpec(id).compute(values));
}

let atDefaults: Map<OutputId, Percentiles> | undefined;

/** Percentiles at the default settings (what the build writes into every page), computed once. */
export function defaultPercentiles(id: OutputId): Percentiles {
  atDefaults ??= new Map();
  let hit = atDefaults.get(id);
  if (!hit) {
    hit = outputPercentiles(id, defaultValues());
    atDefaults.set(id, hit);
  }
  return hit;
}
