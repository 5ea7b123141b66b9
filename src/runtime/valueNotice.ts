import { placeNear } from "./place";

let valueNotice: HTMLElement | undefined;

/**
 * A notice about a value the reader typed (unreadable, clamped, rounded), shown next to the number
 * they edited and announced politely. One at a time: a new one replaces the last; it clears when a
 * value changes, on Escape, or on a click elsewhere. data-serial counts the notices given, for tests.
 */
export function showValueNotice(el: HTMLElement, message: string): void {
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
  // Escape, a key that steps a number or opens one for typing, clears it (not the Enter that commits
  // a typed value: that one may be giving the next notice); so does a click outside it.
  document.addEventListener("keydown", (e) => {
    const typing = e.target instanceof HTMLElement && e.target.classList.contains("num-editor");
    if (!typing && /^(Escape|Arrow|Page|Home|End|Enter|F2)/.test(e.key)) clearValueNotice();
  });
  document.addEventListener("pointerdown", (e) => (e.target instanceof Node && notice.contains(e.target) ? undefined : clearValueNotice()));
  return notice;
}
