import { defaultValues, type Values } from "../model/registry";
import { citeLink, setupCite } from "./cite";
import { setupCsv } from "./csv";
import { redrawAllSizes, redrawFigures, preloadFigures } from "./figures/index";
import { listenToInputs, upgradeInputs } from "./inputs";
import { loadIntervals, scheduleIntervals, upgradeIntervals } from "./intervalHooks";
import { clearNotices, showNotices } from "./notices";
import { setupPreviews } from "./previews";
import { listenToPresets } from "./presets";
import { renderValues } from "./render";
import { $ranges, $values } from "./store";
import { parseQuery, writeQuery } from "./url";

const initial = parseQuery(location.search);
$values.set({ ...defaultValues(), ...initial.values });
$ranges.set(initial.ranges);
upgradeInputs();
upgradeIntervals();
listenToPresets();
renderValues($values.get());
showNotices(initial.notices);
const query = () => writeQuery($values.get(), $ranges.get());
carryStateInLinks(query());
redrawFigures($values.get());
// A link that sets values or ranges changes intervals the build wrote at the defaults.
if (Object.keys(initial.values).length + Object.keys(initial.ranges).length > 0) scheduleIntervals($values.get(), $ranges.get());
listenToInputs(() => {
  void preloadFigures();
  void loadIntervals();
});
matchMedia("(max-width: 37.5rem)").addEventListener("change", redrawAllSizes);
setupCite(query);
setupPreviews();
setupCsv(() => $values.get());

let urlTimer: ReturnType<typeof setTimeout> | undefined;
$values.listen((values) => {
  renderValues(values);
  redrawFigures(values);
  scheduleIntervals(values, $ranges.get());
  clearTimeout(urlTimer);
  urlTimer = setTimeout(syncUrl, 120);
});
$ranges.listen((ranges) => {
  scheduleIntervals($values.get(), ranges);
  clearTimeout(urlTimer);
  urlTimer = setTimeout(syncUrl, 120);
});

/** Keeps the address bar and every internal link carrying the reader's settings. */
function syncUrl(): void {
  urlTimer = undefined;
  const search = query();
  if (location.search !== search) history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  carryStateInLinks(search);
}

function carryStateInLinks(query: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    // Preset links (src/runtime/presets.ts) and links that name their own settings (data-own-query) keep their query.
    if (link.origin !== location.origin || link.hasAttribute("download") || link.hasAttribute("data-preset") || link.hasAttribute("data-own-query")) continue;
    if (link.search !== query) link.search = query;
  }
}

for (const tools of document.querySelectorAll<HTMLElement>("[data-state-tools]")) tools.hidden = false;
if (document.querySelector("[data-lab-runner]")) loadLabOnDemand();
// The range editors of /assumptions/ are fetched only by that page.
if (document.querySelector("[data-range-editor]")) void import("./rangeEditor");

/**
 * The lab's runtime (its worker, progress bar and results) is fetched only by the page that has
 * the lab, and there only when needed: at once if the link asks for other settings than the
 * results built into the page, otherwise when the reader first changes a number or reaches for
 * the lab's controls. It stays out of the JavaScript a reader downloads just to read.
 */
function loadLabOnDemand(): void {
  let ready = false;
  let lab: Promise<unknown> | undefined;
  const load = () => (lab ??= import("./lab/index").then(() => (ready = true)));
  const defaults = defaultValues();
  const values = $values.get();
  if ((Object.keys(defaults) as (keyof Values)[]).some((id) => id.startsWith("lab") && values[id] !== defaults[id])) {
    void load();
    return;
  }
  const stop = $values.listen(() => {
    stop();
    void load();
  });
  const near = (event: Event) =>
    event.target instanceof Element && event.target.closest("[data-lab-runner], [data-lab-sweep-run], [data-lab-figure]") ? void load() : undefined;
  document.addEventListener("focusin", near);
  document.addEventListener("pointerdown", near);
  // A click that arrives before the runtime did is handed to it once it has.
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-lab-sweep-run]") : null;
    if (!button || ready) return;
    event.preventDefault();
    void load().then(() => button.click());
  });
}
document.addEventListener("click", (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-action]") : null;
  if (!button) return;
  const action = button.dataset["action"];
  if (action === "reset") {
    $values.set(defaultValues());
    $ranges.set({});
    clearNotices();
    syncUrl();
  } else if (action === "copy-link") {
    if (urlTimer !== undefined) {
      clearTimeout(urlTimer);
      syncUrl();
    }
    void copyLink(button);
  } else if (action === "dismiss-notices") {
    clearNotices();
  }
});

async function copyLink(button: HTMLButtonElement): Promise<void> {
  const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
  try {
    await navigator.clipboard.writeText(citeLink(query(), "chapter"));
    if (status) status.textContent = "Link copied.";
  } catch {
    if (status) status.textContent = "Copy the address bar: it holds these numbers.";
  }
}
