import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { bibKeys } from "./bibKeys";

/**
 * Fails the build when prose cites a key that the bibliography lacks; rehype-citation
 * would otherwise leave "[@typo]" in the text silently.
 */
export function rehypeCheckCitations(options: { bibliography: string }) {
  const keys = bibKeys(options.bibliography);
  return (tree: Root, file: { path?: string }) => {
    visit(tree, "text", (node) => {
      for (const group of node.value.matchAll(/\[[^\]]*?@[^\]]*\]/g)) {
        for (const [, key] of group[0].matchAll(/(?:^|[\s[;-])@([\w:.-]*\w)/g)) {
          if (!keys.has(key!)) {
            throw new Error(`Unknown citation key "@${key}" in ${file.path ?? "a chapter"}; add it to ${options.bibliography}.`);
          }
        }
      }
    });
  };
}
