import type { Heading, Root, Text } from "mdast";
import { visit } from "unist-util-visit";

/**
 * Gives a heading a permanent id written after its text: "## Title [#permanent-id]".
 * The id survives any later rewording of the title, so links to the section keep working.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, "heading", (node: Heading) => {
      const last = node.children.at(-1);
      if (last?.type !== "text") return;
      const match = /\s*\[#([a-z0-9][a-z0-9-]*)\]\s*$/.exec((last as Text).value);
      if (!match) return;
      (last as Text).value = (last as Text).value.slice(0, match.index);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: match[1] } };
    });
  };
}
