import type { Values } from "../model/registry";

type Drawer = typeof import("../figures/draw");
let drawer: Promise<Drawer> | undefined;
let latest: Values | undefined;
let scheduled = false;
/** The values each figure was last drawn with, as a key over its deps (the build-time key at first). */
const drawnWith = new WeakMap<HTMLElement, string>();
const visible = new Set<HTMLElement>();
let observer: IntersectionObserver | undefined;

/** Starts fetching Plot and the figure builders; called when a reader first reaches for an input. */
export function preloadFigures(): Promise<Drawer> {
  drawer ??= import("../figures/draw");
  return drawer;
}

/**
 * Redraws, on the next frame, every figure near the viewport whose inputs changed since it was
 * last drawn. Figures further away are redrawn when they scroll near, so a key press costs only
 * the figures the reader can see.
 */
export function redrawFigures(values: Values): void {
  latest = values;
  const figures = [...document.querySelectorAll<HTMLElement>("[data-figure]")];
  if (!figures.some((el) => isStale(el, values))) return;
  observe(figures);
  schedule();
}

/** After the viewport crosses the figure breakpoint, the size that was hidden may be stale. */
export function redrawAllSizes(): void {
  if (!latest || !drawer) return;
  const values = latest;
  void drawer.then((d) => {
    for (const el of document.querySelectorAll<HTMLElement>("[data-figure]")) {
      if (drawnWith.has(el)) d.drawInto(el, values, true);
    }
  });
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  void preloadFigures().then((d) =>
    requestAnimationFrame(() => {
      scheduled = false;
      const values = latest!;
      for (const el of visible) {
        if (!isStale(el, values)) continue;
        d.drawInto(el, values);
        drawnWith.set(el, keyFor(el, values));
      }
    }),
  );
}

function observe(figures: HTMLElement[]): void {
  if (observer) return;
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        if (entry.isIntersecting) visible.add(el);
        else visible.delete(el);
      }
      if (latest && [...visible].some((el) => isStale(el, latest!))) schedule();
    },
    { rootMargin: "300px 0px" },
  );
  for (const el of figures) observer.observe(el);
}

function isStale(el: HTMLElement, values: Values): boolean {
  return (drawnWith.get(el) ?? el.dataset["drawnWith"] ?? "") !== keyFor(el, values);
}

function keyFor(el: HTMLElement, values: Values): string {
  return (el.dataset["deps"] ?? "")
    .split(" ")
    .map((id) => String(values[id as keyof Values]))
    .join(" ");
}
