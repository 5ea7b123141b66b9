import { formatNumber, powerParts } from "../../src/text/format";
import { inputs, inputSpec, isInputId, isOutputId, outputSpec, type Values } from "../../src/model/registry";
import { labResults } from "../../src/lab/results";
import type { ResultBase } from "../../src/model/types";

// The oracle for "every live number on a page equals the model": what each data-input and
// data-output must show, given the values the page was set to. Registry outputs are the model's
// compute (proved by hand in tests/model/); lab results are read from the lab's run at those
// settings. Used on the built HTML (tests/dist/) and in the browser (tests/e2e/values.test.ts).

/** One live number as a page shows it. */
export interface Shown {
  readonly kind: "input" | "output";
  readonly id: string;
  /** data-value */
  readonly value: string;
  /** textContent: "10 to the power 752,000" for a power of ten (its exponent is a superscript). */
  readonly text: string;
}

/** A lab result id and its value, for every result of one run. */
export type LabValues = Readonly<Record<string, number>>;

const labSpecs = new Map<string, ResultBase>(labResults.map((q) => [q.id, q]));

/** The text a result shows: formatted by its own spec, a power of ten read as the markup reads it. */
export function resultText(q: ResultBase, value: number): string {
  const text = formatNumber(value, q.format, {
    ...(q.digits !== undefined ? { digits: q.digits } : {}),
    ...(q.infinityText !== undefined ? { infinityText: q.infinityText } : {}),
  });
  const power = powerParts(text);
  return power ? `${power[0]} to the power ${power[1]}` : text;
}

/** What one live number must show, or why it cannot be checked. */
function expected(shown: Shown, values: Values, lab: LabValues): { value: string; text: string } | string {
  if (shown.kind === "input") {
    if (!isInputId(shown.id)) return `unknown input ${shown.id}`;
    const v = values[shown.id];
    return { value: String(v), text: formatNumber(v, inputSpec(shown.id).format, { digits: 6 }) };
  }
  if (isOutputId(shown.id)) {
    const q = outputSpec(shown.id);
    const v = q.compute(values);
    return { value: String(v), text: resultText(q, v) };
  }
  const q = labSpecs.get(shown.id);
  if (!q || lab[shown.id] === undefined) return `unknown output ${shown.id}`;
  return { value: String(lab[shown.id]), text: resultText(q, lab[shown.id]!) };
}

/** Every live number that differs from what it must show, as readable lines (empty when all agree). */
export function mismatches(shown: readonly Shown[], values: Values, lab: LabValues): string[] {
  const wrong: string[] = [];
  for (const s of shown) {
    const want = expected(s, values, lab);
    if (typeof want === "string") wrong.push(want);
    else if (s.value !== want.value || s.text.trim() !== want.text) {
      wrong.push(`${s.kind} ${s.id}: shows ${s.value} "${s.text.trim()}", the model gives ${want.value} "${want.text}"`);
    }
  }
  return wrong;
}

/** Inputs the essay asks the reader for (not the lab's settings, which rerun the lab). */
export const readerInputs = inputs.filter((q) => q.uncertainty.kind !== "setting");

/**
 * A value other than the default, inside the input's range and on its grid: halfway (in the
 * input's own scale) from the default towards the far end of the range, two significant digits.
 */
export function otherValue(id: string): number {
  if (!isInputId(id)) throw new Error(`unknown input ${id}`);
  const q = inputSpec(id);
  const end = q.max - q.default >= q.default - q.min ? q.max : q.min;
  const log = q.scale === "log" && q.min > 0;
  const middle = log ? Math.sqrt(q.default * end) : (q.default + end) / 2;
  let v = Number(middle.toPrecision(2));
  if (!log) v = Number((q.min + Math.round((v - q.min) / q.step) * q.step).toPrecision(12));
  if (q.integer) v = Math.round(v);
  if (v === q.default || v < q.min || v > q.max) throw new Error(`no other value found for ${id}`);
  return v;
}

/**
 * A query that moves every reader input a page shows or depends on away from its default, so
 * each output on it is computed from values the build never used. Lab settings stay at their
 * defaults (the lab's own tests cover reruns). A page with no such input still gets one.
 */
export function otherQuery(inputIds: Iterable<string>, outputIds: Iterable<string>): Partial<Values> {
  const ids = new Set([...inputIds].filter((id) => readerInputs.some((q) => q.id === id)));
  for (const id of outputIds) if (isOutputId(id)) for (const dep of outputSpec(id).deps) ids.add(dep);
  for (const id of ids) if (!readerInputs.some((q) => q.id === id)) ids.delete(id);
  if (ids.size === 0) ids.add(readerInputs[0]!.id);
  return Object.fromEntries([...ids].sort().map((id) => [id, otherValue(id)])) as Partial<Values>;
}
