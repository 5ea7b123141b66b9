/**
 * Previews of citations and figure references (previews.ts) are fetched on first use: the first
 * time the pointer rests on, focus reaches, or a finger taps such a link. That first event is
 * then handed over, so the first preview opens as every later one does.
 */
const LINKS = "a.cite[data-cite], a[href*='#fig-']:not(.fig-anchor)";

export function loadPreviewsOnDemand(): void {
  if (!document.getElementById("cite-preview")) return;
  let previews: Promise<import("./previews").Previewer | undefined> | undefined;
  let ready = false;
  const linkAt = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(LINKS) : null);
  const load = () =>
    (previews ??= import("./previews").then((m) => {
      ready = true;
      return m.setupPreviews();
    }));
  const start = (event: Event, when: (link: HTMLAnchorElement) => boolean) => {
    const link = linkAt(event.target);
    if (!link || ready) return;
    void load().then((previewer) => (previewer && when(link) ? previewer.show(link) : undefined));
  };
  document.addEventListener("pointerover", (e) => (e.pointerType === "mouse" ? start(e, (l) => l.matches(":hover")) : undefined));
  document.addEventListener("focusin", (e) => start(e, (l) => document.activeElement === l));
  // On touch the first tap previews rather than follows; the module handles every tap after it.
  let touch = false;
  document.addEventListener("pointerdown", (e) => (touch = e.pointerType !== "mouse"));
  document.addEventListener("click", (e) => {
    if (!touch || ready || !linkAt(e.target)) return;
    e.preventDefault();
    start(e, () => true);
  });
}
