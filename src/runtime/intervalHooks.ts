import type { Values } from "../model/registry";
import type { Ranges } from "../model/uncertainty";

// The sampler and the distribution plot are fetched on demand: the build already wrote the intervals at the defaults.
type Intervals = typeof import("./intervals");
let intervals: Promise<Intervals> | undefined;

export function loadIntervals(): Promise<Intervals> {
  intervals ??= import("./intervals");
  return intervals;
}

const triggers = "[data-interval-for], [data-input-interval]";

/** Recomputes, on the next frame, the intervals of the outputs on this page whose inputs changed. */
export function scheduleIntervals(values: Values, ranges: Ranges): void {
  if (!document.querySelector("[data-p5], [data-input-interval]")) return;
  void loadIntervals().then((m) => m.schedule(values, ranges));
}

/** Interval texts become buttons: Enter, Space or a click opens the distribution behind them. */
export function upgradeIntervals(): void {
  for (const el of document.querySelectorAll<HTMLElement>(triggers)) {
    if (el.hasAttribute("role")) continue;
    el.setAttribute("role", "button");
    el.tabIndex = 0;
    el.setAttribute("aria-haspopup", "dialog");
    el.setAttribute("aria-expanded", "false");
    el.title = "Show the distribution";
  }
  const trigger = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(`:is(${triggers})[role=button]`) : null);
  document.addEventListener("click", (event) => {
    const el = trigger(event.target);
    if (el) void loadIntervals().then((m) => m.toggleDistribution(el));
  });
  document.addEventListener("keydown", (event) => {
    const el = trigger(event.target);
    if (!el || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    void loadIntervals().then((m) => m.toggleDistribution(el));
  });
}
