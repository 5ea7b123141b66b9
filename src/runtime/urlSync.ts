/**
 * How long the address bar waits after the last change before it is rewritten: a drag rewrites it
 * once it rests, not at every pixel (browsers also throttle history.replaceState).
 */
const URL_SYNC_MS = 120;

/**
 * Keeps the address bar and every internal link carrying the reader's settings, `query()` being
 * the query for the page's state. `schedule` after a change; `flush` when the link is needed now.
 */
export function urlSync(query: () => string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const search = query();
    if (location.search !== search) history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
    carryStateInLinks(search);
  };
  return {
    flush,
    schedule(): void {
      clearTimeout(timer);
      timer = setTimeout(flush, URL_SYNC_MS);
    },
    /** Whether a change has not reached the address bar yet. */
    pending: () => timer !== undefined,
  };
}

/** Gives every link to this site the query, but for preset links and links that name their own settings. */
export function carryStateInLinks(query: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    // Preset links (presets.ts) and links that name their own settings (data-own-query) keep their query.
    if (link.origin !== location.origin || link.hasAttribute("download") || link.hasAttribute("data-preset") || link.hasAttribute("data-own-query")) continue;
    if (link.search !== query) link.search = query;
  }
}
