import { presetQuery } from "../essay/presetQuery";
import { presetById, presetMatches } from "../model/presets";
import { inputSpec, type InputId, type Values } from "../model/registry";
import { clampInput } from "../model/clamp";
import { $values } from "./store";

/**
 * Preset links ([data-preset]) work as plain links without JavaScript. With it, a plain click
 * sets the preset's values in the store (which updates the URL like any other change), the
 * preset matching the current values is marked aria-current, and each link's href keeps
 * the reader's other settings.
 */
export function listenToPresets(): void {
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-preset]") : null;
    if (!link || !applyPreset(link.dataset["preset"] ?? "")) return;
    event.preventDefault();
  });
  markPresets($values.get());
  $values.listen(markPresets);
}

/** Sets every value a preset names, clamped into range, as one change. False for an unknown id. */
export function applyPreset(id: string): boolean {
  const preset = presetById(id);
  if (!preset) return false;
  const next: Values = { ...$values.get() };
  for (const [key, value] of Object.entries(preset.values) as [InputId, number][]) next[key] = clampInput(inputSpec(key), value);
  $values.set(next);
  return true;
}

function markPresets(values: Values): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-preset]")) {
    const preset = presetById(link.dataset["preset"] ?? "");
    if (!preset) continue;
    const query = presetQuery(preset, values);
    if (link.search !== query) link.search = query;
    if (presetMatches(preset, values)) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}
