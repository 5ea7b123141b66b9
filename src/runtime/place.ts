/** The least room kept between a floating panel and the viewport's edges, px. */
const EDGE = 8;

/**
 * Places an absolutely positioned panel (a child of <body>) next to an anchor's box, inside the
 * viewport: below the anchor if it fits, else above it, else on the side with more room, where it
 * scrolls inside itself. Call it again when the panel's content changes its height.
 */
export function placeNear(panel: HTMLElement, anchor: DOMRect, preferredWidth: number, gap = 6): void {
  const viewportWidth = document.documentElement.clientWidth;
  const width = Math.min(preferredWidth, viewportWidth - 2 * EDGE);
  panel.style.width = `${width}px`;
  panel.style.maxHeight = "";
  panel.style.overflowY = "";
  panel.style.left = `${scrollX + Math.max(EDGE, Math.min(anchor.left, viewportWidth - width - EDGE))}px`;
  const height = panel.offsetHeight;
  const below = innerHeight - anchor.bottom - gap - EDGE;
  const above = anchor.top - gap - EDGE;
  let top: number;
  if (height <= below) top = anchor.bottom + gap;
  else if (height <= above) top = anchor.top - gap - height;
  else {
    const room = Math.max(below, above);
    panel.style.maxHeight = `${room}px`;
    panel.style.overflowY = "auto";
    top = below >= above ? anchor.bottom + gap : anchor.top - gap - room;
  }
  panel.style.top = `${scrollY + top}px`;
}
