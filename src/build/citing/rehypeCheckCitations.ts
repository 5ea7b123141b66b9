import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { bibKeys } from "./bibKeys";
import { citationsIn, isSupportedLocator } from "./citationSyntax";

/**
 * Fails the build when prose cites a key the bibliography lacks, or gives a locator that
 * rehype-citation would silently drop ("Table 2"): write "sec. 2.1", "p. 4", "fig. 3".
 */
export function rehypeCheckCitations(options: { bibliography: string }) {
  const keys = bibKeys(options.bibliography);
  return (tree: Root, file: { path?: string }) => {
    visit(tree, "text", (node) => {
      for (const { key, locator } of citationsIn(node.value)) {
        const where = file.path ?? "a chapter";
        if (!keys.has(key)) throw new Error(`Unknown citation key "@${key}" in ${where}; add it to ${options.bibliography}.`);
        if (locator !== undefined && !isSupportedLocator(locator)) {
          throw new Error(`Citation "@${key}, ${locator}" in ${where}: start the locator with a label such as "sec.", "p.", "fig." or "para.".`);
        }
      }
    });
  };
}
