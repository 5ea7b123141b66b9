import { defaultValues, type Values } from "../model/registry";
import { preloadFigures } from "./figures";

/** A figure's "Data (CSV)" link downloads the reader's own numbers; at the defaults, the static file. */
export function setupCsv(current: () => Values): void {
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-csv]") : null;
    if (!link) return;
    const values = current();
    const defaults = defaultValues();
    const deps = (link.closest<HTMLElement>("[data-figure]")?.dataset["deps"] ?? "").split(" ") as (keyof Values)[];
    if (deps.every((id) => values[id] === defaults[id])) return;
    event.preventDefault();
    void preloadFigures().then((d) => {
      const blob = new Blob([d.figureCsv(link.dataset["csv"] as Parameters<typeof d.figureCsv>[0], values)], { type: "text/csv" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = link.download;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    });
  });
}
