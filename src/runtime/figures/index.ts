import type { Values } from "../../model/registry";

type Drawer = typeof import("./drawEssay");
let drawer: Promise<Drawer> | undefined;
let latest: Values | undefined;
let scheduled = false;
/** The values each figure was last drawn with, as a key over its deps (the build-time key at first). */
const drawnWith = new WeakMap<HTMLElement, string>();
const visible = new Set<HTMLElement>();
let observer: IntersectionObserver | undefined;

/** Starts fetching Plot and the figure builders; called when a reader first reaches for an input. */
export function preloadFigures(): Promise<Drawer> {
  drawer ??= import("./drawEssay");
  return drawer;
}

/**
 * Redraws, from the next frame on, every figure near the viewport whose inputs changed since it was
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

/** Where CSS swaps a figure's wide drawing for its narrow one (global.css, the 37.5rem media query). */
const NARROW_FIGURES = "(max-width: 37.5rem)";
/** How far outside the viewport a figure counts as near, and is kept drawn with the reader's values. */
const NEAR_VIEWPORT = "300px 0px";

/** Redraws every figure's other size once the viewport crosses the figure breakpoint. */
export function watchFigureBreakpoint(): void {
  matchMedia(NARROW_FIGURES).addEventListener("change", redrawAllSizes);
}

/** After the viewport crosses the figure breakpoint, the size that was hidden may be stale. */
function redrawAllSizes(): void {
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
  void preloadFigures().then((d) => requestAnimationFrame(() => drawNext(d)));
}

/**
 * Redraws one stale figure per frame, those on screen first, so that no frame holds more than
 * one figure's work and a key press is answered within the next frame; the rest follow in the
 * frames after (figures just outside the viewport usually).
 */
function drawNext(d: Drawer): void {
  scheduled = false;
  const values = latest!;
  const stale = [...visible].filter((el) => isStale(el, values));
  const el = stale.find(onScreen) ?? stale[0];
  if (!el) return;
  d.drawInto(el, values);
  drawnWith.set(el, keyFor(el, values));
  if (stale.length > 1) schedule();
}

function onScreen(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
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
    { rootMargin: NEAR_VIEWPORT },
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
