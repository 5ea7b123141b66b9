import { defaultValues, type Values } from "../model/registry";
import { $values } from "./store";

/**
 * The lab's runtime (its worker, progress bar and results) is fetched only by the page that has
 * the lab, and there only when needed: at once if the link asks for other settings than the
 * results built into the page, otherwise when the reader first changes a number or reaches for
 * the lab's controls. It stays out of the JavaScript a reader downloads just to read.
 */
export function loadLabOnDemand(): void {
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
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-lab-sweep-run], [data-lab-run-again]") : null;
    if (!button || ready) return;
    event.preventDefault();
    void load().then(() => button.click());
  });
}
