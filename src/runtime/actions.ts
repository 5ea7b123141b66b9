import { defaultValues, inputSpec, isInputId } from "../model/registry";
import { citeLink } from "./citeLink";
import { canRedo, canUndo, onHistoryChange, redo, undo } from "./history";
import { clearNotices } from "./notices";
import { $ranges, $values, setInput } from "./store";

/**
 * The header's buttons (reset every number, undo, redo, copy the link, dismiss the notices), each
 * number's own reset, and the undo keys: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y.
 */
export function setupActions(query: () => string, sync: { flush(): void; pending(): boolean }): void {
  for (const tools of document.querySelectorAll<HTMLElement>("[data-state-tools]")) tools.hidden = false;
  const step = (back: boolean): boolean => {
    const moved = back ? undo() : redo();
    // The link follows each step at once, not after the usual pause for a drag to rest.
    if (moved) sync.flush();
    return moved;
  };
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const reset = target?.closest<HTMLButtonElement>("button[data-reset-for]");
    if (reset) return resetOne(reset);
    const button = target?.closest<HTMLButtonElement>("button[data-action]");
    if (!button) return;
    const action = button.dataset["action"];
    if (action === "reset") {
      $values.set(defaultValues());
      $ranges.set({});
      clearNotices();
      sync.flush();
    } else if (action === "undo" || action === "redo") {
      step(action === "undo");
    } else if (action === "copy-link") {
      if (sync.pending()) sync.flush();
      void copyLink(button, query);
    } else if (action === "dismiss-notices") {
      clearNotices();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || typing(event.target)) return;
    const key = event.key.toLowerCase();
    const back = key === "z" && !event.shiftKey;
    const forward = (key === "z" && event.shiftKey) || (key === "y" && event.ctrlKey && !event.shiftKey);
    if ((back || forward) && step(back)) event.preventDefault();
  });
  const showHistory = () => {
    for (const b of document.querySelectorAll<HTMLButtonElement>("button[data-action=undo]")) b.disabled = !canUndo();
    for (const b of document.querySelectorAll<HTMLButtonElement>("button[data-action=redo]")) b.disabled = !canRedo();
  };
  onHistoryChange(showHistory);
  showHistory();
}

/** Whether keys go into a text field (a number being typed, a range, the cite link): its own undo applies there. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Puts one number back to its default and keeps focus on that number, as its reset button hides. */
function resetOne(button: HTMLButtonElement): void {
  const id = button.dataset["resetFor"] ?? "";
  if (!isInputId(id)) return;
  const number = button.previousElementSibling;
  setInput(id, inputSpec(id).default);
  if (number instanceof HTMLElement && number.dataset["input"] === id) number.focus();
}

async function copyLink(button: HTMLButtonElement, query: () => string): Promise<void> {
  const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
  try {
    await navigator.clipboard.writeText(citeLink(query(), "chapter"));
    if (status) status.textContent = "Link copied.";
  } catch {
    if (status) status.textContent = "Copy the address bar: it holds these numbers.";
  }
}
