import { defaultValues } from "../model/registry";
import { citeLink, setupCite } from "./cite";
import { setupCsv } from "./csv";
import { redrawAllSizes, redrawFigures, preloadFigures } from "./figures";
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
// The lab's runtime (its worker, progress bar and results) is fetched only by the page that has the lab.
if (document.querySelector("[data-lab-runner]")) void import("./lab");
// The range editors of /assumptions/ are fetched only by that page.
if (document.querySelector("[data-range-editor]")) void import("./rangeEditor");
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
