import { pdfFile } from "../../essay/address";
import { essay } from "../../essay/essay";
import { chaptersWithMeta } from "./chapters";
import type { PreviewImage } from "./pageMeta";
import { bestUrl, previewPath, sitePath, siteUrl } from "./siteUrls";

/**
 * Whether this build will have the printed essay beside it: `npm run pdf` prints it after the build,
 * so the build is told (PDF=1, as the Pages workflow does) and only then links to it.
 */
export function pdfPublished(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env["PDF"] === "1";
}

/** The essay as a whole work, for the cover's and /essay/'s metadata: its address, parts, citations, preview and PDF. */
export async function workParts(site: URL | undefined) {
  const chapters = await chaptersWithMeta();
  const image: PreviewImage = { url: bestUrl(previewPath("cover"), site), alt: `${essay.title}: ${essay.subtitle}` };
  return {
    url: siteUrl("", site),
    image,
    citedKeys: [...new Set(chapters.flatMap((c) => c.meta.citedKeys))],
    parts: chapters.map((c) => ({ title: c.entry.data.title, url: siteUrl(`${c.entry.data.slug}/`, site) })),
    /** The PDF's address, absolute when the site's is known; undefined when this build publishes none. */
    pdfUrl: pdfPublished() ? bestUrl(pdfFile, site) : undefined,
    pdfPath: pdfPublished() ? sitePath(pdfFile) : undefined,
  };
}
