import { clamp } from "../model/clamp";
import { formatNumber } from "../text/format";
import { currentEdition } from "../essay/essay";
import { defaultValues, defaultValuesForEdition, type InputId, inputs, inputSpec, isInputId, type Values } from "../model/registry";
import type { Ranges } from "../model/uncertainty";

export interface QueryState {
  /** Values the query set, already validated and clamped. */
  readonly values: Partial<Values>;
  /** The reader's own 90% intervals (`?passRate.lo=0.2&passRate.hi=0.8`), validated: low < high, both in range. */
  readonly ranges: Ranges;
  /** Plain-text notices for the reader, one per problem. Never HTML. */
  readonly notices: readonly string[];
}

const MAX_QUERY_LENGTH = 8192;

/**
 * Reads page state from a query string, validated against the registry: unknown keys are
 * ignored, values that are not plain decimal numbers fall back to the default, out-of-range
 * values clamp, counts round to whole numbers, and every such case yields a notice.
 */
export function parseQuery(search: string): QueryState {
  const values: Partial<Record<InputId, number>> = {};
  const notices: string[] = [];
  let query = search;
  if (query.length > MAX_QUERY_LENGTH) {
    query = query.slice(0, MAX_QUERY_LENGTH);
    notices.push("The link was unusually long; only its beginning was read.");
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { values, ranges: {}, notices: ["The link's settings could not be read; showing the defaults."] };
  }
  const seen = new Set<string>();
  const edition = params.get("ed");
  if (edition !== null) {
    const number = /^\d{1,4}$/.test(edition.trim()) ? Number(edition) : NaN;
    if (number >= 1 && number <= currentEdition.number) {
      // Inputs the link leaves out take the defaults of the edition it was made in.
      const then = defaultValuesForEdition(number);
      const now = defaultValues();
      for (const q of inputs) if (then[q.id] !== now[q.id]) values[q.id] = then[q.id];
    } else {
      notices.push(`The link names an edition this site does not have; showing the current edition's defaults (edition ${currentEdition.number}).`);
    }
  }
  const rangeEnds = new Map<InputId, { lo?: string; hi?: string }>();
  for (const [key, raw] of params) {
    const end = /^(\w{1,64})\.(lo|hi)$/.exec(key);
    if (end && isInputId(end[1]!)) {
      const ends = rangeEnds.get(end[1]) ?? {};
      ends[end[2] as "lo" | "hi"] ??= raw;
      rangeEnds.set(end[1], ends);
      continue;
    }
    if (!isInputId(key)) continue;
    const q = inputSpec(key);
    if (seen.has(key)) {
      notices.push(`“${q.label}” appeared more than once in the link; the first value was used.`);
      continue;
    }
    seen.add(key);
    const value = parseQueryValue(raw);
    const shown = (v: number) => formatNumber(v, q.format, { digits: 6 });
    if (Number.isNaN(value)) {
      notices.push(`The link's value for “${q.label}” is not a number we can read; using the default, ${shown(q.default)}.`);
      continue;
    }
    const clamped = clamp(value, q.min, q.max);
    if (clamped !== value) {
      const bound = clamped === q.min ? "smallest" : "largest";
      notices.push(`The link's value for “${q.label}” is out of range; using the ${bound} allowed value, ${shown(clamped)}.`);
    } else if (q.integer && !Number.isInteger(value)) {
      notices.push(`“${q.label}” takes whole numbers; the link's value was rounded to ${shown(Math.round(value))}.`);
    }
    values[key] = q.integer ? Math.round(clamped) : clamped;
  }
  return { values, ranges: parseRanges(rangeEnds, notices), notices };
}

/** Ranges from `id.lo` and `id.hi` pairs; a range that is incomplete, unreadable or empty is dropped with a notice. */
function parseRanges(ends: ReadonlyMap<InputId, { lo?: string; hi?: string }>, notices: string[]): Ranges {
  const ranges: Ranges = {};
  for (const [id, { lo, hi }] of ends) {
    const q = inputSpec(id);
    const usual = `using its usual interval`;
    if (q.uncertainty.kind === "setting") {
      notices.push(`“${q.label}” is a fixed setting of the experiment, without an interval; the link's range for it was ignored.`);
      continue;
    }
    if (lo === undefined || hi === undefined) {
      notices.push(`The link gives only one end of a range for “${q.label}”; ${usual}.`);
      continue;
    }
    let low = parseQueryValue(lo);
    let high = parseQueryValue(hi);
    if (Number.isNaN(low) || Number.isNaN(high)) {
      notices.push(`The link's range for “${q.label}” is not made of numbers we can read; ${usual}.`);
      continue;
    }
    const clampedLow = clamp(low, q.min, q.max);
    const clampedHigh = clamp(high, q.min, q.max);
    if (clampedLow !== low || clampedHigh !== high) {
      const shown = (v: number) => formatNumber(v, q.format, { digits: 6 });
      notices.push(`The link's range for “${q.label}” reaches outside ${shown(q.min)} to ${shown(q.max)}; it was cut to fit.`);
      low = clampedLow;
      high = clampedHigh;
    }
    if (q.uncertainty.family === "lognormal" && !(low > 0)) {
      notices.push(`“${q.label}” spans orders of magnitude, so its range must start above zero; ${usual}.`);
      continue;
    }
    if (!(low < high)) {
      notices.push(`The link's range for “${q.label}” needs a low end below its high end; ${usual}.`);
      continue;
    }
    ranges[id] = { low, high };
  }
  return ranges;
}

// Notices never repeat what the link said: a crafted link must not be able to put its own words on the page.

/** Query values are plain decimals as JavaScript prints them ("0.9", "1e-7"); nothing else. */
function parseQueryValue(raw: string): number {
  const t = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return NaN;
  return Number(t);
}
