/** What one input's interval does to a conclusion: its value at the interval's ends, and its full range across it. */
export interface Swing<K extends string> {
  readonly id: K;
  /** The output with the input at its interval's low end, and at its high end (the others unchanged). */
  readonly atLow: number;
  readonly atHigh: number;
  /** The least and greatest output as the input sweeps the interval (they differ from the ends when the output is not monotone). */
  readonly min: number;
  readonly max: number;
  /** max − min after `measure` (e.g. log10 for quantities spanning decades). */
  readonly swing: number;
}

export interface SwingInterval {
  readonly low: number;
  readonly high: number;
  /** Sweep in log space (for log-normal inputs). */
  readonly log?: boolean;
}

/**
 * One-at-a-time sensitivity (a tornado): each input with an interval is swept over `points` values
 * from low to high, the others held at `values`; results are sorted by swing, largest first
 * (ties keep the order of `intervals`). NaN outputs are skipped.
 */
export function sensitivitySwings<K extends string>(
  f: (values: Readonly<Record<K, number>>) => number,
  values: Readonly<Record<K, number>>,
  intervals: readonly (SwingInterval & { readonly id: K })[],
  measure: (y: number) => number = (y) => y,
  points = 9,
): Swing<K>[] {
  const swings = intervals.map(({ id, low, high, log }) => {
    // The others are inherited rather than copied, so f reads only what it needs (figures declare exactly what they read).
    const at = (x: number) => f(Object.assign(Object.create(values) as Record<K, number>, { [id]: x }));
    const ys: number[] = [];
    for (let i = 0; i < points; i++) {
      const t = points === 1 ? 0 : i / (points - 1);
      ys.push(at(log ? Math.exp(Math.log(low) + t * (Math.log(high) - Math.log(low))) : low + t * (high - low)));
    }
    const seen = ys.filter((y) => !Number.isNaN(y));
    const min = Math.min(...seen);
    const max = Math.max(...seen);
    const measured = seen.map(measure).filter((m) => !Number.isNaN(m));
    const swing = measured.length ? Math.max(...measured) - Math.min(...measured) : 0;
    return { id, atLow: ys[0]!, atHigh: ys[ys.length - 1]!, min, max, swing: Number.isNaN(swing) ? 0 : swing };
  });
  return swings.map((s, i) => ({ s, i })).sort((a, b) => b.s.swing - a.s.swing || a.i - b.i).map(({ s }) => s);
}
