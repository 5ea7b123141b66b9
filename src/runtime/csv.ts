import { defaultValues, type Values } from "../model/registry";
import { preloadFigures } from "./figures/index";

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
    void preloadFigures().then((d) => downloadText(d.figureCsv(link.dataset["csv"] as Parameters<typeof d.figureCsv>[0], values), link.download));
  });
}

/** Saves text as a CSV file under the given name, as a download the reader's browser offers. */
export function downloadText(text: string, filename: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "text/csv" }));
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
