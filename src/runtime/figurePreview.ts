import type { Values } from "../model/registry";
import { preloadFigures } from "./figures/index";
import { $values } from "./store";

/**
 * What a figure reference previews: the figure, drawn small with the reader's values, and its
 * caption as text to read (links, live numbers and buttons made plain). A figure on this page is
 * taken from the page; one in another chapter from its standalone page, /figure/<id>/.
 */

const FIGURE_ID = /^#(fig-[a-z0-9-]+)$/;

/** The figure id a link points to ("fig-event-split"), if it is a reference to a figure of this essay. */
export function figureLinkId(link: HTMLAnchorElement): string | undefined {
  if (link.origin !== location.origin || link.classList.contains("fig-anchor") || link.closest("figcaption .fig-tools")) return undefined;
  return FIGURE_ID.exec(link.hash)?.[1];
}

const pages = new Map<string, Promise<Document | undefined>>();

/** The standalone page of a figure in another chapter, fetched once. */
function standalone(id: string): Promise<Document | undefined> {
  let page = pages.get(id);
  if (!page) {
    page = fetch(`${import.meta.env.BASE_URL}figure/${id}/`)
      .then((r) => (r.ok ? r.text() : undefined))
      .then((html) => (html === undefined ? undefined : new DOMParser().parseFromString(html, "text/html")))
      .catch(() => undefined);
    pages.set(id, page);
  }
  return page;
}

async function sourceFigure(link: HTMLAnchorElement, id: string): Promise<HTMLElement | undefined> {
  const here = link.pathname === location.pathname ? document.getElementById(id) : null;
  if (here?.matches("figure")) return here;
  const doc = await standalone(id);
  const there = doc?.getElementById(id);
  return there?.matches("figure") ? (there as HTMLElement) : undefined;
}

/** The preview's content for a figure reference, or undefined when there is no such figure. */
export async function figurePreview(link: HTMLAnchorElement): Promise<Node[] | undefined> {
  const id = figureLinkId(link);
  const figure = id ? await sourceFigure(link, id) : undefined;
  if (!figure) return undefined;
  const plot = document.createElement("div");
  plot.className = "fig-preview-plot";
  plot.setAttribute("aria-hidden", "true");
  const drawing = await drawingOf(figure, $values.get());
  if (drawing) plot.append(drawing);
  const caption = document.createElement("div");
  caption.className = "fig-preview-caption";
  const source = figure.querySelector("figcaption");
  if (source) caption.append(...plainCaption(source, figure.ownerDocument !== document ? figure.ownerDocument.querySelector("[data-figure-chapter]")?.textContent : undefined));
  return [plot, caption];
}

/**
 * The figure as the reader would see it now: an essay figure whose inputs differ from those it
 * was drawn with is drawn afresh (narrow layout); otherwise the drawing on the page is copied.
 */
async function drawingOf(figure: HTMLElement, values: Values): Promise<Element | undefined> {
  const name = figure.dataset["figure"];
  const deps = (figure.dataset["deps"] ?? "").split(" ").filter(Boolean) as (keyof Values)[];
  const drawnWith = figure.dataset["drawnWith"] ?? "";
  if (name && deps.map((d) => String(values[d])).join(" ") !== drawnWith) {
    const holder = document.createElement("div");
    holder.dataset["figure"] = name;
    holder.innerHTML = '<div data-plot="narrow"></div>';
    (await preloadFigures()).drawInto(holder, values, true);
    return holder.firstElementChild?.firstElementChild ?? undefined;
  }
  const holders = [...figure.querySelectorAll<HTMLElement>("[data-plot]")];
  // On this page, the size that is showing (the one redrawn with the reader's values); from another page, the narrow one.
  const shown = figure.ownerDocument === document ? holders.find((h) => h.offsetParent !== null) : holders.find((h) => h.dataset["plot"] === "narrow");
  const svg = (shown ?? holders[0])?.querySelector("svg");
  return svg ? (document.importNode(svg, true) as Element) : undefined;
}

/** The caption, with its number in bold, as text and math only: no links, buttons or live numbers to reach into. */
function plainCaption(source: Element, chapter: string | null | undefined): Node[] {
  const copy = document.importNode(source, true) as HTMLElement;
  copy.querySelectorAll(".fig-tools, button, [data-lab-sweep-note]").forEach((el) => el.remove());
  for (const a of copy.querySelectorAll("a")) {
    const span = document.createElement(a.classList.contains("fig-anchor") ? "strong" : "span");
    span.append(...a.childNodes);
    a.replaceWith(span);
  }
  for (const el of copy.querySelectorAll("*")) {
    for (const attr of ["id", "tabindex", "role", "title", "data-input", "data-output", "data-interval-for", "aria-describedby", "aria-haspopup", "aria-expanded"]) el.removeAttribute(attr);
  }
  const nodes = [...copy.childNodes];
  if (chapter) {
    const where = document.createElement("span");
    where.className = "fig-preview-chapter";
    where.textContent = `In “${chapter}”. `;
    nodes.unshift(where);
  }
  return nodes;
}
