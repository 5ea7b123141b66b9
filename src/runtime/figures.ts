import type { Values } from "../model/registry";

type Drawer = typeof import("../figures/draw");
let drawer: Promise<Drawer> | undefined;
let pending: Values | undefined;
let latest: Values | undefined;
const drawn = new WeakMap<Element, string>();

/** Starts fetching Plot and the figure builders; called when a reader first reaches for an input. */
export function preloadFigures(): Promise<Drawer> {
  drawer ??= import("../figures/draw");
  return drawer;
}

/** Redraws, on the next frame, every live figure whose inputs changed since it was last drawn. */
export function redrawFigures(values: Values): void {
  const stale = [...document.querySelectorAll<HTMLElement>("[data-figure]")].filter(
    (el) => (drawn.get(el) ?? defaultsKey(el)) !== keyFor(el, values),
  );
  if (stale.length === 0) return;
  const first = pending === undefined;
  pending = values;
  latest = values;
  if (!first) return;
  void preloadFigures().then((d) =>
    requestAnimationFrame(() => {
      const v = pending!;
      pending = undefined;
      for (const el of document.querySelectorAll<HTMLElement>("[data-figure]")) {
        const key = keyFor(el, v);
        if ((drawn.get(el) ?? defaultsKey(el)) === key) continue;
        d.drawInto(el, v);
        drawn.set(el, key);
      }
    }),
  );
}

function keyFor(el: HTMLElement, values: Values): string {
  return (el.dataset["deps"] ?? "")
    .split(" ")
    .map((id) => String(values[id as keyof Values]))
    .join(" ");
}

function defaultsKey(el: HTMLElement): string {
  return el.dataset["drawnWith"] ?? "";
}

/** After the viewport crosses the figure breakpoint, the size that was hidden may be stale. */
export function redrawAllSizes(): void {
  if (!latest || !drawer) return;
  const values = latest;
  void drawer.then((d) => {
    for (const el of document.querySelectorAll<HTMLElement>("[data-figure]")) {
      if (drawn.has(el)) d.drawInto(el, values, true);
    }
  });
}
