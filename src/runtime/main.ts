import { defaultValues, type Values } from "../model/registry";
import { citeLink, setupCite } from "./cite";
import { setupCsv } from "./csv";
import { redrawAllSizes, redrawFigures, preloadFigures } from "./figures";
import { listenToInputs, upgradeInputs } from "./inputs";
import { clearNotices, showNotices } from "./notices";
import { setupPreviews } from "./previews";
import { listenToPresets } from "./presets";
import { renderValues } from "./render";
import { $values } from "./store";
import { parseQuery, writeQuery } from "./url";

const initial = parseQuery(location.search);
$values.set({ ...defaultValues(), ...initial.values });
upgradeInputs();
listenToPresets();
renderValues($values.get());
showNotices(initial.notices);
carryStateInLinks(writeQuery($values.get()));
redrawFigures($values.get());
listenToInputs(() => void preloadFigures());
matchMedia("(max-width: 37.5rem)").addEventListener("change", redrawAllSizes);
setupCite(() => writeQuery($values.get()));
setupPreviews();
setupCsv(() => $values.get());

let urlTimer: ReturnType<typeof setTimeout> | undefined;
$values.listen((values) => {
  renderValues(values);
  redrawFigures(values);
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => syncUrl(values), 120);
});

/** Keeps the address bar and every internal link carrying the reader's settings. */
function syncUrl(values: Values): void {
  urlTimer = undefined;
  const query = writeQuery(values);
  if (location.search !== query) history.replaceState(history.state, "", `${location.pathname}${query}${location.hash}`);
  carryStateInLinks(query);
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

/**
 * The lab's runtime (its worker, progress bar and results) is fetched only by the page that has
 * the lab, and there only when needed: at once if the link asks for other settings than the
 * results built into the page, otherwise when the reader first changes a number or reaches for
 * the lab's controls. It stays out of the JavaScript a reader downloads just to read.
 */
function loadLabOnDemand(): void {
  let ready = false;
  let lab: Promise<unknown> | undefined;
  const load = () => (lab ??= import("./lab").then(() => (ready = true)));
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
    clearNotices();
    syncUrl($values.get());
  } else if (action === "copy-link") {
    if (urlTimer !== undefined) {
      clearTimeout(urlTimer);
      syncUrl($values.get());
    }
    void copyLink(button);
  } else if (action === "dismiss-notices") {
    clearNotices();
  }
});

async function copyLink(button: HTMLButtonElement): Promise<void> {
  const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
  try {
    await navigator.clipboard.writeText(citeLink(writeQuery($values.get()), "chapter"));
    if (status) status.textContent = "Link copied.";
  } catch {
    if (status) status.textContent = "Copy the address bar: it holds these numbers.";
  }
}
