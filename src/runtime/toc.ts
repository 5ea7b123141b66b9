/**
 * Contents that follow the reader: the section being read is marked aria-current="location" in
 * the chapter's contents (the list beside the text on wide screens) and named in the compact menu
 * at the top on narrow screens, which closes once a section is chosen. Loaded on the first scroll
 * (tocLoader.ts).
 */

/** A section is being read once its heading has risen above this share of the viewport's height. */
const READING_LINE = 0.3;

export function followContents(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>("[data-toc] a[href^='#'], [data-toc-menu] a[href^='#']")];
  const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
  const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const menu = document.querySelector<HTMLDetailsElement>("[data-toc-menu]");
  const label = menu?.querySelector<HTMLElement>("[data-toc-current]");
  let shown: string | undefined;

  const currentId = (): string | undefined => {
    const line = innerHeight * READING_LINE;
    const atBottom = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
    let id: string | undefined;
    for (const h of headings) {
      const top = h.getBoundingClientRect().top;
      if (top <= line || (atBottom && top < innerHeight)) id = h.id;
    }
    return id;
  };
  const mark = () => {
    const id = currentId();
    if (id === shown) return;
    shown = id;
    for (const a of links) {
      if (id !== undefined && a.hash === `#${id}`) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
    }
    if (label) label.textContent = id ? (links.find((a) => a.hash === `#${id}`)?.textContent ?? "") : "";
  };
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  };
  addEventListener("scroll", schedule, { passive: true });
  addEventListener("resize", schedule, { passive: true });
  mark();

  if (!menu) return;
  // The menu closes when a section is chosen, on Escape (focus back to its summary) and on a tap elsewhere.
  menu.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("a")) menu.open = false;
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary")?.focus();
  });
  document.addEventListener("pointerdown", (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  });
}
