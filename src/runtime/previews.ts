/**
 * Reference previews: hovering, focusing or tapping a citation shows its entry from the page's
 * reference list. One preview at a time (they never stack), Escape closes it, and focus stays
 * where it was. On touch, the first tap previews and a second tap follows the link.
 */
import { placeNear } from "./place";

/** How long a preview stays after the pointer leaves, so it can travel from the link into the preview. */
const HIDE_DELAY_MS = 250;

export function setupPreviews(): void {
  const preview = document.getElementById("cite-preview");
  if (!preview) return;
  let current: HTMLAnchorElement | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const entryFor = (link: HTMLAnchorElement) => document.getElementById(`ref-${link.dataset["cite"] ?? ""}`);
  const show = (link: HTMLAnchorElement) => {
    const entry = entryFor(link);
    if (!entry) return;
    clearTimeout(hideTimer);
    current = link;
    preview.replaceChildren(...[...entry.childNodes].map((n) => n.cloneNode(true)));
    preview.hidden = false;
    link.setAttribute("aria-describedby", "cite-preview");
    // Below the citation if it fits, else above: never off the bottom of a phone's screen.
    placeNear(preview, link.getBoundingClientRect(), 420);
  };
  const hide = () => {
    current?.removeAttribute("aria-describedby");
    current = undefined;
    preview.hidden = true;
  };
  const citeAt = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest<HTMLAnchorElement>("a.cite[data-cite]") ?? undefined) : undefined;

  // Hover previews come from a mouse only; touch gets the tap behaviour below.
  document.addEventListener("pointerover", (e) => {
    if (e.pointerType !== "mouse") return;
    const link = citeAt(e.target);
    if (link) show(link);
    else if (e.target instanceof Node && preview.contains(e.target)) clearTimeout(hideTimer);
  });
  document.addEventListener("pointerout", (e) => {
    if (e.pointerType !== "mouse") return;
    if (citeAt(e.target) || (e.target instanceof Node && preview.contains(e.target))) hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  });
  document.addEventListener("focusin", (e) => {
    const link = citeAt(e.target);
    if (link) show(link);
    else if (current) hide();
  });
  let lastPointer = "mouse";
  // Whether the tapped citation was already previewed when the finger came down (before focus moved).
  let shownBeforeTap = false;
  document.addEventListener("pointerdown", (e) => {
    lastPointer = e.pointerType;
    const link = citeAt(e.target);
    shownBeforeTap = link !== undefined && current === link && !preview.hidden;
    if (e.pointerType !== "mouse" && !link && !(e.target instanceof Node && preview.contains(e.target))) hide();
  });
  document.addEventListener("click", (e) => {
    const link = citeAt(e.target);
    if (link && lastPointer !== "mouse" && !shownBeforeTap) {
      e.preventDefault();
      show(link);
    }
    lastPointer = "mouse";
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && current) hide();
  });
}
