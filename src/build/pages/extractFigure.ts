import { parseHTML } from "linkedom";

/**
 * One figure out of a chapter's rendered HTML, for its standalone page (/figure/<id>/): the
 * <figure> with its drawings, description, caption and tools. Links within the chapter
 * ("#section", "#fig-...") point back into the chapter, citations to the references page, and
 * the cite button (which needs the chapter's cite panel) is left out.
 */
export function extractFigure(chapterHtml: string, id: string, chapterPath: string, base: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${chapterHtml}</body></html>`);
  const figure = document.getElementById(id);
  if (!figure || figure.tagName.toLowerCase() !== "figure") throw new Error(`extractFigure: no <figure id="${id}"> in ${chapterPath}`);
  for (const link of figure.querySelectorAll("a[href^='#']")) {
    const hash = link.getAttribute("href")!;
    link.setAttribute("href", hash.startsWith("#ref-") ? `${base}references/${hash}` : `${chapterPath}${hash}`);
  }
  for (const button of figure.querySelectorAll(".cite-btn")) button.remove();
  // Ids inside the figure (sidenote marks, say) belong to the chapter; here they could only collide.
  for (const el of figure.querySelectorAll("[id]")) if (el !== figure && !el.closest("svg")) el.removeAttribute("id");
  for (const el of figure.querySelectorAll("[aria-describedby]")) el.removeAttribute("aria-describedby");
  return figure.outerHTML;
}
