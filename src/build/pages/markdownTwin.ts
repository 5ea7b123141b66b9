import { citationText } from "../citing/bibliography";
import { citationsIn } from "../citing/citationSyntax";
import { formatNumber } from "../../text/format";
import type { EssayMeta } from "../markdown/remarkEssayMeta";
import type { Chapter } from "../../essay/chapterSchema";
import { computeOutput, defaultValues, inputSpec, isInputId, isOutputId, outputSpec } from "../../model/registry";


/**
 * A chapter as plain Markdown, for readers who arrive through tools: live numbers become their
 * default values, figures become their captions with a link, citations become text.
 */
export function markdownTwin(
  chapter: Pick<Chapter, "title" | "summary" | "slug">,
  body: string,
  meta: EssayMeta,
  pageUrl: string,
  /** Where a root-relative link in the chapter ("/slug/#id") points from the twin: under the base path, absolute when the site's address is known. */
  resolve: (path: string) => string = (path) => path,
): string {
  const values = defaultValues();
  const figureNumber = (id: string) => meta.figures.find((f) => f.id === id)?.number ?? "?";
  const number = (kind: string, id: string) => {
    if (kind === "Num" && isInputId(id)) return formatNumber(values[id], inputSpec(id).format, { digits: 6 });
    if (kind === "Out" && isOutputId(id)) return formatNumber(computeOutput(id, values), outputSpec(id).format);
    throw new Error(`markdownTwin: <${kind} id="${id}"> names no quantity`);
  };
  const text = body
    .replace(/^import .*$/gm, "")
    .replace(/\{" "\}/g, " ")
    .replace(/<(Num|Out) id="([^"]+)"\s*\/>/g, (_, kind: string, id: string) => number(kind, id))
    .replace(/<FigRef id="([^"]+)"\s*\/>/g, (_, id: string) => `Figure ${figureNumber(id)}`)
    .replace(/<(Figure|LabFigure) name="[^"]+" id="([^"]+)">([\s\S]*?)<\/\1>/g, (_, _kind: string, id: string, caption: string) =>
      `**Figure ${figureNumber(id)}.** ${caption.trim().replace(/\s+/g, " ")} (Interactive figure: ${pageUrl}#${id})`,
    )
    .replace(/^(#{2,3} .*?)[ \t]*\[#[a-z0-9-]+\][ \t]*$/gm, "$1")
    .replace(/\[[^[\]]*@[^[\]]+\]/g, (group) => citationText(citationsIn(group)))
    .replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => `](${resolve(path)})`)
    .replace(/\shref="(\/[^"]*)"/g, (_, path: string) => ` href="${resolve(path)}"`)
    // Components with no plain-text form (the lab's live results and controls) point to the page.
    .replace(/<([A-Z]\w*)\b[^>]*\/>/g, `[live on the web page: ${pageUrl}]`)
    .replace(/<([A-Z]\w*)\b[^>]*>([\s\S]*?)<\/\1>/g, (_, _name: string, inner: string) => inner.trim())
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return `# ${chapter.title}\n\n> ${chapter.summary}\n\nFrom ${pageUrl} (numbers at their default settings).\n\n${text}\n`;
}
