import { defaultValues, type Values } from "../model/registry";
import { $ranges, $values } from "./store";

/**
 * The range editors of /assumptions/ (rangeEditor.ts) load on first use: at once when the link set
 * values or ranges (their rows must say so), otherwise when the reader reaches for a range field or
 * changes any number. Until then the fields show the registry's intervals, which the build wrote.
 */
export function loadRangeEditorsOnDemand(): void {
  const editors = document.querySelectorAll<HTMLElement>("[data-range-editor]");
  if (editors.length === 0) return;
  for (const editor of editors) editor.hidden = false;
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    void import("./rangeEditor");
  };
  const defaults = defaultValues();
  const values = $values.get();
  if (Object.keys($ranges.get()).length > 0 || (Object.keys(defaults) as (keyof Values)[]).some((id) => values[id] !== defaults[id])) return load();
  $values.listen(load);
  $ranges.listen(load);
  const near = (event: Event) => (event.target instanceof Element && event.target.closest("[data-range-editor]") ? load() : undefined);
  document.addEventListener("focusin", near);
  document.addEventListener("pointerdown", near);
}
