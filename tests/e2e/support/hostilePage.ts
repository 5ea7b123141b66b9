import type { Page } from "playwright-core";
import type { PageLog } from "../fixture";

// What the hostile-link and hostile-typing tests (tests/e2e/hostile-*.test.ts) read off a page.

/** The n items of a list page `index` gets, so that consecutive pages take consecutive turns. */
export const turn = <T>(list: readonly T[], index: number, n: number): T[] => Array.from({ length: n }, (_, k) => list[(index * n + k) % list.length]!);


/** What a page shows that no hostile input may produce, read in one round trip. */
export function inspect(page: Page) {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll<HTMLElement>("[data-input],[data-output]")].map((el) => el.dataset["value"] ?? "");
    const notices = document.getElementById("notices");
    const text = document.body.innerText;
    // Notices about typed values sit beside the number (one at a time; data-serial counts them).
    const typedNotice = document.getElementById("value-notice");
    return {
      text,
      // What the reader typed may be quoted back in a notice (as text): their words, not a link's.
      textOutsideNotices: text.replace(notices?.innerText ?? "", "").replace(typedNotice?.innerText ?? "", ""),
      nanValues: values.filter((v) => Number.isNaN(Number(v))),
      injected: document.querySelectorAll("[data-pwned], iframe, object, embed, [onerror], [onload]").length,
      scripts: document.scripts.length,
      images: document.images.length,
      pwned: (window as unknown as { pwned?: unknown }).pwned !== undefined,
      notice: Boolean(notices && !notices.hidden && notices.querySelector("li")),
      noticeCount: (notices?.querySelectorAll("li").length ?? 0) + Number(typedNotice?.dataset["serial"] ?? 0),
    };
  });
}

export type Seen = Awaited<ReturnType<typeof inspect>>;

/** How many notices the page has given so far (cheap: no layout). */
export function noticeCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll("#notices li").length + Number(document.getElementById("value-notice")?.dataset["serial"] ?? 0));
}

export function expectClean(expect: typeof import("vitest").expect, seen: Seen, baseline: Seen, log: PageLog, label: string, typed = false): void {
  expect(log.errors, label).toEqual([]);
  expect(log.dialogs, label).toEqual([]);
  expect(typed ? seen.textOutsideNotices : seen.text, label).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b|pwned/);
  expect(seen.nanValues, label).toEqual([]);
  expect(seen.injected, label).toBe(0);
  expect(seen.pwned, label).toBe(false);
  expect([seen.scripts, seen.images], label).toEqual([baseline.scripts, baseline.images]);
}
