/**
 * Reference previews: hovering, focusing or tapping a citation shows its entry from the page's
 * reference list; doing so to a figure reference ("Figure 3", here or in another chapter) shows
 * the figure, small, with its caption (figurePreview.ts). One preview at a time (they never
 * stack), Escape closes it, focus stays where it was, and it stays inside the viewport. On touch,
 * the first tap previews and a second tap follows the link. Loaded on first use (previewLoader.ts).
 */
import { figureLinkId, figurePreview } from "./figurePreview";
import { placeNear } from "./place";

/** How long a preview stays after the pointer leaves, so it can travel from the link into the preview. */
const HIDE_DELAY_MS = 250;
/** The preview's width where the screen allows it. */
const MAX_WIDTH_PX = 420;

export interface Previewer {
  show(link: HTMLAnchorElement): void;
  /** Whether this link is showing its preview now. */
  showing(link: HTMLAnchorElement): boolean;
}

/** A citation or figure reference at this event target, if any. */
export function previewLinkAt(target: EventTarget | null): HTMLAnchorElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const link = target.closest<HTMLAnchorElement>("a[href]");
  if (!link || link.closest("#cite-preview")) return undefined;
  if (link.matches("a.cite[data-cite]") || figureLinkId(link)) return link;
  return undefined;
}

export function setupPreviews(): Previewer | undefined {
  const preview = document.getElementById("cite-preview");
  if (!preview) return undefined;
  let current: HTMLAnchorElement | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const place = (link: HTMLAnchorElement) => placeNear(preview, link.getBoundingClientRect(), MAX_WIDTH_PX);
  const open = (link: HTMLAnchorElement, content: Node[], kind: "cite" | "figure") => {
    if (current !== link) return;
    preview.replaceChildren(...content);
    preview.dataset["kind"] = kind;
    preview.hidden = false;
    link.setAttribute("aria-describedby", "cite-preview");
    place(link);
  };
  const show = (link: HTMLAnchorElement) => {
    clearTimeout(hideTimer);
    if (current === link && !preview.hidden) return;
    if (current && current !== link) hide();
    current = link;
    if (link.matches("a.cite[data-cite]")) {
      const entry = document.getElementById(`ref-${link.dataset["cite"] ?? ""}`);
      if (entry) open(link, [...entry.childNodes].map((n) => n.cloneNode(true)), "cite");
      return;
    }
    void figurePreview(link).then((content) => (content ? open(link, content, "figure") : undefined));
  };
  const hide = () => {
    current?.removeAttribute("aria-describedby");
    current = undefined;
    preview.hidden = true;
  };
  const inPreview = (target: EventTarget | null) => target instanceof Node && preview.contains(target);

  // Hover previews come from a mouse only; touch gets the tap behaviour below.
  document.addEventListener("pointerover", (e) => {
    if (e.pointerType !== "mouse") return;
    const link = previewLinkAt(e.target);
    if (link) show(link);
    else if (inPreview(e.target)) clearTimeout(hideTimer);
  });
  document.addEventListener("pointerout", (e) => {
    if (e.pointerType !== "mouse") return;
    if (previewLinkAt(e.target) || inPreview(e.target)) hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  });
  document.addEventListener("focusin", (e) => {
    const link = previewLinkAt(e.target);
    if (link) show(link);
    else if (current) hide();
  });
  let lastPointer = "mouse";
  // Whether the tapped link was already previewed when the finger came down (before focus moved).
  let shownBeforeTap = false;
  document.addEventListener("pointerdown", (e) => {
    lastPointer = e.pointerType;
    const link = previewLinkAt(e.target);
    shownBeforeTap = link !== undefined && current === link && !preview.hidden;
    if (e.pointerType !== "mouse" && !link && !inPreview(e.target)) hide();
  });
  document.addEventListener("click", (e) => {
    const link = previewLinkAt(e.target);
    if (link && lastPointer !== "mouse" && !shownBeforeTap) {
      e.preventDefault();
      show(link);
    } else if (link && current === link) {
      hide();
    }
    lastPointer = "mouse";
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && current) hide();
  });
  return { show, showing: (link) => current === link && !preview.hidden };
}
