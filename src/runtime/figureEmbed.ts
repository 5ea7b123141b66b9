import { essay } from "../essay/essay";

/**
 * "Embed": a dialog with an <iframe> snippet for the figure's standalone page, /figure/<id>/,
 * carrying the reader's query so the embed shows their numbers, with a copy button and a link
 * to open that page. One dialog for the page, made on first use.
 */
let dialog: HTMLDialogElement | undefined;

/** Room below the drawing for the caption, the inputs and the credit line, in CSS pixels. */
const TEXT_ROOM_PX = 190;

export function embedSnippet(figure: HTMLElement, query: string): { url: string; html: string } {
  const url = `${location.origin}${import.meta.env.BASE_URL}figure/${figure.id}/${query}`;
  const number = figure.querySelector(".fig-anchor")?.textContent?.trim().replace(/\.$/, "") ?? "Figure";
  // The chapter: named on a figure's own page, else the heading of the chapter (or, on /essay/, the part) holding it.
  const chapter = (document.querySelector("[data-figure-chapter]") ?? figure.closest("article")?.querySelector("h1"))?.textContent?.trim();
  const title = `${number}${chapter ? ` of “${chapter}”` : ""}, ${essay.title}`;
  const drawing = figure.querySelector<SVGSVGElement>("[data-plot] svg");
  const box = drawing?.viewBox.baseVal;
  const height = Math.ceil(((box && box.height > 0 ? box.height : 320) + TEXT_ROOM_PX) / 10) * 10;
  const attr = (s: string) => s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  return { url, html: `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>` };
}

export function showEmbed(figure: HTMLElement, opener: HTMLElement, query: string): void {
  const d = (dialog ??= makeDialog());
  const { url, html } = embedSnippet(figure, query);
  const number = figure.querySelector(".fig-anchor")?.textContent?.trim().replace(/\.$/, "") ?? "this figure";
  d.querySelector("h2")!.textContent = `Embed ${number}`;
  d.querySelector("textarea")!.value = html;
  d.querySelector<HTMLAnchorElement>("[data-embed-open]")!.href = url;
  d.querySelector("[data-embed-status]")!.textContent = "";
  d.addEventListener("close", () => opener.focus(), { once: true });
  d.showModal();
  d.querySelector("textarea")!.select();
}

/** Whether a click on the dialog element itself fell on its backdrop rather than its padding. */
function outside(d: HTMLDialogElement, event: MouseEvent): boolean {
  const r = d.getBoundingClientRect();
  return event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom;
}

function makeDialog(): HTMLDialogElement {
  const d = document.createElement("dialog");
  d.className = "embed-dialog";
  d.setAttribute("aria-labelledby", "embed-dialog-title");
  d.innerHTML = `<h2 id="embed-dialog-title">Embed</h2>
<p>Paste this where the figure should appear. It shows the figure with the numbers you set here, its caption, the numbers it is drawn with, and a credit line with the licence (CC BY 4.0) and a link back.</p>
<label for="embed-dialog-code">HTML to embed</label>
<textarea id="embed-dialog-code" readonly spellcheck="false"></textarea>
<p class="embed-dialog-actions"><button type="button" data-embed-copy>Copy the HTML</button><a data-embed-open target="_blank" rel="noopener">Open the figure on its own page</a><span role="status" data-embed-status></span><button type="button" class="close" data-embed-close>Close</button></p>`;
  d.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest("[data-embed-close]") || (target === d && outside(d, event))) d.close();
    else if (target?.closest("[data-embed-copy]")) {
      const status = d.querySelector("[data-embed-status]")!;
      navigator.clipboard.writeText(d.querySelector("textarea")!.value).then(
        () => (status.textContent = "Copied."),
        () => (status.textContent = "Copying was not allowed; select the text and copy it by hand."),
      );
    }
  });
  document.body.append(d);
  return d;
}
