import { presetQuery } from "../essay/presetQuery";
import { presetMatches } from "../model/presetMatches";
import { inputSpec, isInputId, type Values } from "../model/registry";
import { clampInput } from "../model/clamp";
import { $values } from "./store";

/**
 * Preset links ([data-preset]) work as plain links without JavaScript. With it, a plain click
 * sets the preset's values in the store (which updates the URL like any other change), the
 * preset matching the current values is marked aria-current, and each link's href keeps
 * the reader's other settings. Each link carries its values (data-preset-values, written by
 * Presets.astro from src/model/presets.ts), so the list of presets stays out of the page's script.
 */
export function listenToPresets(): void {
  if (!document.querySelector("a[data-preset]")) return;
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-preset]") : null;
    if (!link || !applyPreset(link)) return;
    event.preventDefault();
  });
  markPresets($values.get());
  $values.listen(markPresets);
}

/** The values a preset link sets, from its data-preset-values; only known inputs with finite numbers. */
function presetValues(link: HTMLAnchorElement): Partial<Values> | undefined {
  try {
    const raw: unknown = JSON.parse(link.dataset["presetValues"] ?? "");
    if (typeof raw !== "object" || raw === null) return undefined;
    const entries = Object.entries(raw).filter(([id, v]) => isInputId(id) && typeof v === "number" && Number.isFinite(v));
    return entries.length > 0 ? (Object.fromEntries(entries) as Partial<Values>) : undefined;
  } catch {
    return undefined;
  }
}

/** Sets every value the preset link names, clamped into range, as one change. False when it names none. */
function applyPreset(link: HTMLAnchorElement): boolean {
  const values = presetValues(link);
  if (!values) return false;
  const next: Values = { ...$values.get() };
  for (const [key, value] of Object.entries(values) as [keyof Values, number][]) next[key] = clampInput(inputSpec(key), value);
  $values.set(next);
  return true;
}

function markPresets(values: Values): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-preset]")) {
    const preset = presetValues(link);
    if (!preset) continue;
    const query = presetQuery({ values: preset }, values);
    if (link.search !== query) link.search = query;
    if (presetMatches({ values: preset }, values)) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}
