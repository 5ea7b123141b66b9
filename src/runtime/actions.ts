import { defaultValues } from "../model/registry";
import { citeLink } from "./citeLink";
import { clearNotices } from "./notices";
import { $ranges, $values } from "./store";

/** The header's buttons: reset every number, copy the link, dismiss the notices. */
export function setupActions(query: () => string, sync: { flush(): void; pending(): boolean }): void {
  for (const tools of document.querySelectorAll<HTMLElement>("[data-state-tools]")) tools.hidden = false;
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-action]") : null;
    if (!button) return;
    const action = button.dataset["action"];
    if (action === "reset") {
      $values.set(defaultValues());
      $ranges.set({});
      clearNotices();
      sync.flush();
    } else if (action === "copy-link") {
      if (sync.pending()) sync.flush();
      void copyLink(button, query);
    } else if (action === "dismiss-notices") {
      clearNotices();
    }
  });
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
