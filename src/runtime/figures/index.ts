import type { Values } from "../../model/registry";

type Drawer = typeof import("./drawEssay");
let drawer: Promise<Drawer> | undefined;
/** The drawer once loaded, so a key press can move live marks in the same task, without waiting for a promise. */
let loaded: Drawer | undefined;
let latest: Values | undefined;
let scheduled = false;
/** The values each figure was last drawn with, as a key over its deps (the build-time key at first). */
const drawnWith = new WeakMap<HTMLElement, string>();
/** Figures to draw whole on the next frames even though their values are current: new axes, or no scales yet. */
const whole = new Set<HTMLElement>();
/** Figures whose live marks moved past what their axes were drawn for: drawn whole once input settles. */
const reframe = new Set<HTMLElement>();
let settleTimer: ReturnType<typeof setTimeout> | undefined;
/** Figures on or near the screen (NEAR_VIEWPORT): their live marks move in the key press's own task. */
const visible = new Set<HTMLElement>();
let observer: IntersectionObserver | undefined;

/** Where CSS swaps a figure's wide drawing for its narrow one (global.css, the 37.5rem media query). */
const NARROW_FIGURES = "(max-width: 37.5rem)";
/** How far outside the viewport a figure counts as near, and is kept drawn with the reader's values. */
const NEAR_VIEWPORT = "300px 0px";
/** How long input must pause before figures whose axes must change are redrawn whole. */
const SETTLE_MS = 200;

/**
 * Starts fetching Plot and the figure builders; called when a reader first reaches for an input.
 * Once loaded, the figures near the viewport are drawn again at the values they show, over the
 * next frames, so that they carry scales and the first key press can move their live marks.
 */
export function preloadFigures(): Promise<Drawer> {
  drawer ??= import("./drawEssay").then((d) => {
    loaded = d;
    // For the browser tests: figures can now be drawn (and, on beforeprint, all at once).
    document.documentElement.dataset["figures"] = "loaded";
    for (const el of document.querySelectorAll<HTMLElement>("[data-figure]")) if (!drawnWith.has(el)) whole.add(el);
    observe([...document.querySelectorAll<HTMLElement>("[data-figure]")]);
    if (latest) schedule();
    return d;
  });
  return drawer;
}

/**
 * Follows the reader's values. Figures near the viewport that have live marks and a drawing made
 * in the browser move those marks now, in the same task as the key press; the rest are redrawn
 * whole from the next frame on, one per frame, those on screen first. Figures further away are
 * redrawn when they scroll near, so a key press costs only the figures the reader can see.
 */
export function redrawFigures(values: Values): void {
  latest = values;
  const figures = [...document.querySelectorAll<HTMLElement>("[data-figure]")];
  if (!figures.some((el) => isStale(el, values))) return;
  observe(figures);
  if (loaded) moveVisible(loaded, values);
  if (reframe.size) restartSettle();
  schedule();
}

/** Moves the live marks of every figure on or near the screen, in this task: moving marks costs a millisecond or two, and a figure scrolled in next frame is current. */
function moveVisible(d: Drawer, values: Values): void {
  for (const el of visible) if (isStale(el, values) && !whole.has(el)) moveOne(d, el, values);
}

/** Moves a figure's live marks; false when it has to be drawn whole instead. */
function moveOne(d: Drawer, el: HTMLElement, values: Values): boolean {
  const moved = d.moveLive(el, values, matchMedia(NARROW_FIGURES).matches ? "narrow" : "wide");
  if (moved === "cannot") return false;
  markDrawn(el, values);
  if (moved === "reframe") settleThenReframe(el);
  return true;
}

function settleThenReframe(el: HTMLElement): void {
  reframe.add(el);
  restartSettle();
}

/** (Re)starts the wait for input to settle, after which figures whose axes must change are drawn whole. */
function restartSettle(): void {
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => {
    for (const el of reframe) whole.add(el);
    reframe.clear();
    schedule();
  }, SETTLE_MS);
}

/** Redraws every figure's other size once the viewport crosses the figure breakpoint. */
export function watchFigureBreakpoint(): void {
  matchMedia(NARROW_FIGURES).addEventListener("change", redrawAllSizes);
  // A printed page shows every figure: draw them all, at both sizes, with the reader's values.
  addEventListener("beforeprint", drawAllNow);
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

/** Draws, synchronously, every figure whose drawings do not show the reader's values (both sizes). */
function drawAllNow(): void {
  if (!latest || !loaded) return;
  for (const el of document.querySelectorAll<HTMLElement>("[data-figure]")) {
    if (!isStale(el, latest) && !drawnWith.has(el)) continue;
    loaded.drawInto(el, latest, true);
    markDrawn(el, latest);
    whole.delete(el);
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  void preloadFigures().then((d) => requestAnimationFrame(() => drawNext(d)));
}

/**
 * Redraws one figure per frame, those on screen first, so that no frame holds more than one
 * figure's work; the rest follow in the frames after (figures just outside the viewport usually).
 */
function drawNext(d: Drawer): void {
  scheduled = false;
  const values = latest!;
  const due = [...visible].filter((el) => whole.has(el) || isStale(el, values));
  const el = due.find(onScreen) ?? due[0];
  if (!el) return;
  // Near the screen but not on it: its live marks move, if it has a page drawing; else it is drawn whole.
  if (whole.has(el) || !moveOne(d, el, values)) {
    d.drawInto(el, values);
    markDrawn(el, values);
    whole.delete(el);
    reframe.delete(el);
  }
  if (due.length > 1) schedule();
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
      if (latest && [...visible].some((el) => whole.has(el) || isStale(el, latest!))) schedule();
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  for (const el of figures) observer.observe(el);
}

/** Records what a figure now shows; data-drawn-with says it on the page too (the build wrote it at the defaults). */
function markDrawn(el: HTMLElement, values: Values): void {
  const key = keyFor(el, values);
  drawnWith.set(el, key);
  el.dataset["drawnWith"] = key;
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
