/**
 * The contents' tracking of the section being read (toc.ts) loads on first use: the first scroll,
 * the compact menu's first opening, or at once when the page opens scrolled (a link to a section).
 */
export function followContentsOnDemand(): void {
  if (!document.querySelector("[data-toc]")) return;
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    removeEventListener("scroll", load);
    void import("./toc").then((m) => m.followContents());
  };
  addEventListener("scroll", load, { passive: true });
  document.querySelector("[data-toc-menu]")?.addEventListener("toggle", load, { once: true });
  if (scrollY > 0 || location.hash) load();
}
