import fc from "fast-check";
import { inputs, type InputSpec, type Values } from "../../src/model/registry";

/** Any value in an input's declared range: log-uniform or uniform, with the bounds and default mixed in; whole for counts. */
export function valueIn(q: InputSpec): fc.Arbitrary<number> {
  const value = anyIn(q);
  return q.integer ? value.map((v) => Math.round(v)) : value;
}

function anyIn(q: InputSpec): fc.Arbitrary<number> {
  const spread =
    q.scale === "log"
      ? fc
          .double({ min: Math.log10(q.min), max: Math.log10(q.max), noNaN: true })
          .map((e) => Math.min(q.max, Math.max(q.min, 10 ** e)))
      : fc.double({ min: q.min, max: q.max, noNaN: true });
  return fc.oneof({ arbitrary: spread, weight: 4 }, { arbitrary: fc.constantFrom(q.min, q.max, q.default), weight: 1 });
}

/** A full set of input values, each within its range. */
export const anyValues: fc.Arbitrary<Values> = fc.record(
  Object.fromEntries(inputs.map((q) => [q.id, valueIn(q)])) as { [K in keyof Values]: fc.Arbitrary<number> },
);

export const seeded = { seed: 42, numRuns: 500 } as const;
