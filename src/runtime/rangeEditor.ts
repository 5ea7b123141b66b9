import { formatNumber } from "../text/format";
import { parseNumber } from "../text/parseNumber";
import { type InputId, inputSpec, isInputId } from "../model/registry";
import type { Ranges } from "../model/uncertainty";
import { noticeNear } from "./notices";
import { $ranges, $values } from "./store";

/** The 90% interval fields of /assumptions/: a reader's own range for any input that has an interval. */
const shown = (id: InputId, v: number) => formatNumber(v, inputSpec(id).format, { digits: 6 });

function registryInterval(id: InputId): { low: number; high: number } | undefined {
  const u = inputSpec(id).uncertainty;
  return u.kind === "interval" ? u : undefined;
}

function editors(): [HTMLElement, InputId][] {
  return [...document.querySelectorAll<HTMLElement>("[data-range-editor]")].flatMap((el) => {
    const id = el.dataset["rangeEditor"] ?? "";
    return isInputId(id) && registryInterval(id) ? [[el, id] as [HTMLElement, InputId]] : [];
  });
}

function fields(editor: HTMLElement): [HTMLInputElement, HTMLInputElement] {
  return [editor.querySelector<HTMLInputElement>("[data-range-end=low]")!, editor.querySelector<HTMLInputElement>("[data-range-end=high]")!];
}

function commit(editor: HTMLElement, id: InputId): void {
  const q = inputSpec(id);
  const usual = registryInterval(id)!;
  const [lowField, highField] = fields(editor);
  const low = parseNumber(lowField.value, q.format);
  const high = parseNumber(highField.value, q.format);
  const current = $ranges.get()[id] ?? usual;
  const restore = (message: string) => {
    noticeNear(editor, message);
    render($ranges.get(), true);
  };
  if (Number.isNaN(low) || Number.isNaN(high)) return restore(`The range for “${q.label}” needs two numbers we can read; it stays ${shown(id, current.low)} to ${shown(id, current.high)}.`);
  const l = Math.min(q.max, Math.max(q.min, low));
  const h = Math.min(q.max, Math.max(q.min, high));
  const stays = `it stays ${shown(id, current.low)} to ${shown(id, current.high)}`;
  if (q.uncertainty.kind === "interval" && q.uncertainty.family === "lognormal" && !(l > 0)) {
    return restore(`“${q.label}” spans orders of magnitude, so its range must start above zero; ${stays}.`);
  }
  if (!(l < h)) return restore(`The range for “${q.label}” needs a low end below its high end, within ${shown(id, q.min)} to ${shown(id, q.max)}; ${stays}.`);
  if (l !== low || h !== high) noticeNear(editor, `${q.label} ranges from ${shown(id, q.min)} to ${shown(id, q.max)}; the range was cut to ${shown(id, l)} to ${shown(id, h)}.`);
  $ranges.setKey(id, l === usual.low && h === usual.high ? undefined : { low: l, high: h });
  render($ranges.get(), true);
}

/** Writes each row's interval (the reader's or the registry's), its fields, and what it means at the reader's value. */
function render(ranges: Ranges, rewriteFocused = false): void {
  const values = $values.get();
  for (const [editor, id] of editors()) {
    const q = inputSpec(id);
    const r = ranges[id] ?? registryInterval(id)!;
    const [lowField, highField] = fields(editor);
    // A field the reader is typing in keeps their text, unless they just committed it.
    if (rewriteFocused || document.activeElement !== lowField) lowField.value = shown(id, r.low);
    if (rewriteFocused || document.activeElement !== highField) highField.value = shown(id, r.high);
    const text = document.querySelector<HTMLElement>(`[data-input-interval="${id}"]`);
    if (text) text.textContent = `${shown(id, r.low)} to ${shown(id, r.high)}`;
    const note = document.querySelector<HTMLElement>(`[data-range-note="${id}"]`);
    if (note) {
      note.textContent = ranges[id]
        ? "Your range."
        : values[id] !== q.default
          ? "Fixed at your value: the essay's intervals treat it as certain."
          : "";
    }
  }
}

// This module loads on first use (rangeLoader.ts): a reader quick enough to type before it arrived
// keeps what they typed. Fields that no longer hold what the build wrote are read first, then
// committed one row at a time (each commit rewrites every field).
const typedEarly = editors().flatMap(([editor, id]) => {
  const [low, high] = fields(editor);
  return low.value !== low.defaultValue || high.value !== high.defaultValue ? [{ editor, id, low: low.value, high: high.value }] : [];
});

for (const [editor, id] of editors()) {
  editor.hidden = false; // rangeLoader.ts shows them first; kept so the module stands on its own.
  for (const field of fields(editor)) {
    field.addEventListener("change", () => commit(editor, id));
    field.addEventListener("keydown", (event) => {
      if (event.key === "Enter") commit(editor, id);
    });
  }
}
for (const { editor, id, low, high } of typedEarly) {
  const [lowField, highField] = fields(editor);
  lowField.value = low;
  highField.value = high;
  commit(editor, id);
}
render($ranges.get());
$ranges.listen((ranges) => render(ranges));
$values.listen(() => render($ranges.get()));
