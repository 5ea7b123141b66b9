/**
 * Shows plain-text notices about the link in the page's polite live region, at the top. Text
 * only: never HTML. A new set replaces the old, so notices never pile up.
 */
export function showNotices(messages: readonly string[]): void {
  const region = document.getElementById("notices");
  if (!region || messages.length === 0) return;
  const list = region.querySelector("ul") ?? region.appendChild(document.createElement("ul"));
  list.replaceChildren(
    ...messages.map((message) => {
      const item = document.createElement("li");
      item.textContent = message;
      return item;
    }),
  );
  region.hidden = false;
}

export function clearNotices(): void {
  const region = document.getElementById("notices");
  if (!region) return;
  region.querySelector("ul")?.replaceChildren();
  region.hidden = true;
}

/** A notice about a typed value, beside the number (valueNotice.ts, loaded on the first one). */
export function noticeNear(el: HTMLElement, message: string): void {
  void import("./valueNotice").then((m) => m.showValueNotice(el, message));
}
