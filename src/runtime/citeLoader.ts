/**
 * The cite panel's script (cite.ts) is fetched on first use: when the reader opens "Cite this
 * chapter", presses a section's or figure's cite button, or a copy button. Until then the build's
 * panel already shows the chapter's link, BibTeX and text at the default numbers.
 */
export function loadCiteOnDemand(query: () => string): void {
  if (!document.getElementById("cite-data")) return;
  for (const el of document.querySelectorAll<HTMLElement>("[data-copy], .cite-btn")) el.hidden = false;
  let ready = false;
  let cite: Promise<void> | undefined;
  const load = () => (cite ??= import("./cite").then((m) => {
    m.setupCite(query);
    ready = true;
  }));
  document.getElementById("cite-chapter")?.addEventListener("toggle", () => void load(), { once: true });
  // A click that arrives before the module did is handed to it once it has.
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>(".cite-btn, [data-copy]") : null;
    if (!button || ready) return;
    event.preventDefault();
    void load().then(() => button.click());
  });
}
