/**
 * A figure's SVG and PNG downloads (figureExport.ts) and its embed snippet (figureEmbed.ts) are
 * fetched when first pressed; until then the page carries only these buttons, shown here.
 */
export function setupFigureTools(query: () => string): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>("[data-fig-export], [data-fig-embed]");
  if (buttons.length === 0) return;
  for (const button of buttons) button.hidden = false;
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("[data-fig-export], [data-fig-embed]") : null;
    const figure = button?.closest<HTMLElement>("figure[id]");
    if (!button || !figure) return;
    const kind = button.dataset["figExport"];
    if (kind === "svg" || kind === "png") void import("./figureExport").then((m) => m.downloadFigure(figure, kind));
    else void import("./figureEmbed").then((m) => m.showEmbed(figure, button, query()));
  });
}
