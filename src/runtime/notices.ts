import { placeNear } from "./place";

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

let valueNotice: HTMLElement | undefined;

/**
 * A notice about a value the reader typed (unreadable, clamped, rounded), shown next to the number
 * they edited and announced politely. One at a time: a new one replaces the last; it clears when a
 * value changes, on Escape, or on a click elsewhere. data-serial counts the notices given, for tests.
 */
export function noticeNear(el: HTMLElement, message: string): void {
  const first = !valueNotice;
  valueNotice ??= createValueNotice();
  const notice = valueNotice;
  notice.dataset["serial"] = String(Number(notice.dataset["serial"] ?? 0) + 1);
  notice.dataset["noticeFor"] = el.dataset["input"] ?? "";
  notice.hidden = false;
  // A live region must exist before its text changes for every screen reader to announce it.
  const say = () => {
    notice.textContent = message;
    placeNear(notice, el.getBoundingClientRect(), 352, 4);
  };
  if (first) requestAnimationFrame(say);
  else say();
}

export function clearValueNotice(): void {
  if (!valueNotice || valueNotice.hidden) return;
  valueNotice.hidden = true;
  valueNotice.textContent = "";
}

function createValueNotice(): HTMLElement {
  const notice = document.createElement("div");
  notice.id = "value-notice";
  notice.className = "value-notice";
  notice.setAttribute("role", "status");
  notice.setAttribute("aria-live", "polite");
  document.body.append(notice);
  document.addEventListener("keydown", (e) => (e.key === "Escape" ? clearValueNotice() : undefined));
  document.addEventListener("pointerdown", (e) => (e.target instanceof Node && notice.contains(e.target) ? undefined : clearValueNotice()));
  return notice;
}
