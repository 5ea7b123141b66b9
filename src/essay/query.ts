import { type InputId, inputs, type Values } from "../model/registry";
import type { Ranges } from "../model/uncertainty";

/**
 * The URL query for a page's state, in registry order: every value that differs from its default
 * (and those in `always`, even at their defaults), then the reader's own ranges (`id.lo`, `id.hi`).
 * The one writer of the essay's links: the address bar, cite links and preset links all use it.
 */
export function writeQuery(values: Readonly<Partial<Values>>, ranges: Ranges = {}, always: ReadonlySet<InputId> = new Set()): string {
  const params = new URLSearchParams();
  for (const q of inputs) {
    const v = values[q.id];
    if (v !== undefined && (v !== q.default || always.has(q.id)) && Number.isFinite(v)) params.set(q.id, String(v));
  }
  for (const q of inputs) {
    const r = ranges[q.id];
    if (r) {
      params.set(`${q.id}.lo`, String(r.low));
      params.set(`${q.id}.hi`, String(r.high));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
