import { type CiteTarget, URL_TOKEN } from "../essay/cite";
import { citeLink } from "./citeLink";

/**
 * Wires the cite panel and dialog: fills in the reader's link, opens for sections and figures,
 * copies. Loaded on first use by citeLoader.ts, which has already shown the buttons.
 */
export function setupCite(currentQuery: () => string): void {
  const source = document.getElementById("cite-data");
  if (!source) return;
  const targets = new Map((JSON.parse(source.textContent ?? "[]") as CiteTarget[]).map((t) => [t.target, t]));

  const fill = (body: HTMLElement, target: CiteTarget) => {
    const link = citeLink(currentQuery(), target.target);
    body.dataset["citeCurrent"] = target.target;
    body.querySelector<HTMLInputElement>("[data-cite-field=link]")!.value = link;
    body.querySelector("[data-cite-field=bibtex]")!.textContent = target.bibtex.replaceAll(URL_TOKEN, link);
    body.querySelector("[data-cite-field=text]")!.textContent = target.text.replaceAll(URL_TOKEN, link);
    body.querySelector("[data-copy-status]")!.textContent = "";
  };

  const panel = document.getElementById("cite-chapter") as HTMLDetailsElement | null;
  const fillPanel = () => {
    if (panel?.open) fill(panel.querySelector<HTMLElement>("[data-cite-body]")!, targets.get("chapter")!);
  };
  panel?.addEventListener("toggle", fillPanel);
  // The panel may have been opened before this module arrived.
  fillPanel();

  const dialog = document.getElementById("cite-dialog") as HTMLDialogElement | null;
  document.addEventListener("click", (event) => {
    const el = event.target instanceof Element ? event.target : null;
    const opener = el?.closest<HTMLButtonElement>(".cite-btn");
    const target = opener && targets.get(opener.dataset["citeTarget"] ?? "");
    if (target && dialog) {
      dialog.querySelector("h2")!.textContent = target.label;
      fill(dialog.querySelector<HTMLElement>("[data-cite-body]")!, target);
      dialog.showModal();
      return;
    }
    const copy = el?.closest<HTMLButtonElement>("[data-copy]");
    const body = copy?.closest<HTMLElement>("[data-cite-body]");
    if (copy && body) {
      const current = targets.get(body.dataset["citeCurrent"] ?? "chapter");
      if (current && body.closest("details")) fill(body, current);
      const field = body.querySelector<HTMLElement>(`[data-cite-field="${copy.dataset["copy"]}"]`);
      const text = field instanceof HTMLInputElement ? field.value : (field?.textContent ?? "");
      const status = body.querySelector("[data-copy-status]")!;
      navigator.clipboard.writeText(text).then(
        () => (status.textContent = `${copy.textContent} done.`),
        () => (status.textContent = "Copying was not allowed; select the text and copy it by hand."),
      );
    }
  });
}
