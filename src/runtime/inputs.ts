import { parseNumber } from "../text/parseNumber";
import { formatNumber } from "../text/format";
import { inputSpec, isInputId, type InputId } from "../model/registry";
import { noticeNear } from "./notices";
import { holdHistory } from "./history";
import { dragValue, stepValue, type StepKind } from "./step";
import { $values, setInput } from "./store";

const keys: Record<string, [1 | -1, StepKind]> = {
  ArrowUp: [1, "step"], ArrowRight: [1, "step"], ArrowDown: [-1, "step"], ArrowLeft: [-1, "step"],
  PageUp: [1, "page"], PageDown: [-1, "page"], Home: [-1, "bound"], End: [1, "bound"],
};

/** Makes every [data-input] a slider: drag, keys, and typing an exact value. */
export function upgradeInputs(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-input]")) {
    const id = el.dataset["input"] ?? "";
    if (!isInputId(id) || el.hasAttribute("role")) continue;
    const q = inputSpec(id);
    el.setAttribute("role", "slider");
    el.tabIndex = 0;
    el.setAttribute("aria-label", q.label);
    el.setAttribute("aria-valuemin", String(q.min));
    el.setAttribute("aria-valuemax", String(q.max));
    el.setAttribute("aria-keyshortcuts", "Enter");
    el.title = "Drag sideways, use the arrow keys, or press Enter to type a value";
  }
}

function idOf(target: EventTarget | null): [HTMLElement, InputId] | undefined {
  const el = target instanceof Element ? target.closest<HTMLElement>("[data-input][role=slider]") : null;
  const id = el?.dataset["input"] ?? "";
  return el && isInputId(id) ? [el, id] : undefined;
}

export function listenToInputs(onFirstTouch: () => void): void {
  document.addEventListener("keydown", (event) => {
    const hit = idOf(event.target);
    if (!hit || event.altKey || event.ctrlKey || event.metaKey) return;
    const [el, id] = hit;
    const move = keys[event.key];
    if (move) {
      event.preventDefault();
      // A held key is one change for undo, like a drag: the history waits for the key to come up.
      if (event.repeat) holdUntilKeyUp(el);
      setInput(id, stepValue(inputSpec(id), $values.get()[id], move[0], move[1]));
    } else if (event.key === "Enter" || event.key === "F2" || /^[0-9.]$/.test(event.key)) {
      event.preventDefault();
      openEditor(el, id, event.key.length === 1 ? event.key : undefined);
    }
  });
  document.addEventListener("focusin", (event) => (idOf(event.target) ? onFirstTouch() : undefined));
  document.addEventListener("pointerdown", (event) => {
    const hit = idOf(event.target);
    if (!hit || event.button !== 0) return;
    onFirstTouch();
    const [el, id] = hit;
    const startX = event.clientX;
    const start = $values.get()[id];
    let moved = false;
    // The whole drag is one change for undo.
    const release = holdHistory();
    el.setPointerCapture(event.pointerId);
    el.classList.add("dragging");
    const onMove = (e: PointerEvent) => {
      const dx = e.clientX - startX;
      if (Math.abs(dx) > 3) moved = true;
      if (moved) setInput(id, dragValue(inputSpec(id), start, dx));
    };
    const onUp = () => {
      el.removeEventListener("pointermove", onMove);
      el.classList.remove("dragging");
      release();
      if (!moved) openEditor(el, id);
    };
    el.addEventListener("pointermove", onMove);
    el.addEventListener("pointerup", onUp, { once: true });
    el.addEventListener("pointercancel", () => {
      el.removeEventListener("pointermove", onMove);
      release();
    }, { once: true });
  });
}

const held = new WeakSet<HTMLElement>();

/** Keeps a held arrow key's steps one change until the key comes up (or focus leaves). */
function holdUntilKeyUp(el: HTMLElement): void {
  if (held.has(el)) return;
  held.add(el);
  const release = holdHistory();
  const end = () => {
    held.delete(el);
    el.removeEventListener("keyup", end);
    el.removeEventListener("blur", end);
    release();
  };
  el.addEventListener("keyup", end);
  el.addEventListener("blur", end);
}

/** Swaps the number for a text field; Enter commits, Escape cancels, leaving commits. */
function openEditor(el: HTMLElement, id: InputId, firstKey?: string): void {
  if (el.hidden) return;
  const q = inputSpec(id);
  const field = document.createElement("input");
  field.type = "text";
  field.inputMode = "decimal";
  field.className = "num-editor";
  field.setAttribute("aria-label", `${q.label}: type a value${q.format === "percent" ? " in percent" : ""}`);
  field.dataset["editorFor"] = id;
  field.value = firstKey ?? formatNumber($values.get()[id], q.format, { digits: 6 }).replace(/%$/, "");
  field.size = Math.max(4, field.value.length + 1);
  el.hidden = true;
  el.after(field);
  field.focus();
  if (!firstKey) field.select();
  let done = false;
  const close = (commit: boolean) => {
    if (done) return;
    done = true;
    field.remove();
    el.hidden = false;
    el.focus();
    // After the number is back in place, so a notice can sit next to it.
    if (commit) commitText(el, id, field.value);
  };
  field.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      close(true);
    } else if (e.key === "Escape") {
      e.preventDefault();
      close(false);
    }
  });
  field.addEventListener("blur", () => close(true));
}

function commitText(el: HTMLElement, id: InputId, text: string): void {
  const q = inputSpec(id);
  const value = parseNumber(text, q.format);
  const shown = (v: number) => formatNumber(v, q.format, { digits: 6 });
  if (Number.isNaN(value)) {
    const typed = text.length > 24 ? `${text.slice(0, 24)}…` : text;
    noticeNear(el, `“${typed}” is not a number we can read for “${q.label}”; it stays at ${shown($values.get()[id])}.`);
    return;
  }
  const stored = setInput(id, value);
  if (stored !== value) {
    const inRange = value >= q.min && value <= q.max;
    noticeNear(
      el,
      inRange && q.integer
        ? `${q.label} takes whole numbers; set to ${shown(stored)}.`
        : `${q.label} ranges from ${shown(q.min)} to ${shown(q.max)}; set to ${shown(stored)}.`,
    );
  }
}
