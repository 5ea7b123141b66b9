import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";

export interface Weight {
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  jsFiles: string[];
}

/**
 * Loads the page and sums the JavaScript and CSS it fetched before any interaction (after the
 * load event and a quiet network), raw and gzip-compressed at the default level.
 */
export async function preInteractionWeight(page: Page, url: string): Promise<Weight> {
  const bodies: Promise<{ kind: "js" | "css"; url: string; body: Buffer } | undefined>[] = [];
  const onResponse = (response: import("playwright-core").Response) => {
    const type = response.request().resourceType();
    const kind = type === "script" ? "js" : type === "stylesheet" ? "css" : undefined;
    if (kind) bodies.push(response.body().then((body) => ({ kind, url: response.url(), body }), () => undefined));
  };
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  const weight: Weight = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0, jsFiles: [] };
  for (const item of await Promise.all(bodies)) {
    if (!item) continue;
    const gzip = gzipSync(item.body).length;
    if (item.kind === "js") {
      weight.jsRaw += item.body.length;
      weight.jsGzip += gzip;
      weight.jsFiles.push(new URL(item.url).pathname);
    } else {
      weight.cssRaw += item.body.length;
      weight.cssGzip += gzip;
    }
  }
  return weight;
}
