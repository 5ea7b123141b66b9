import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Gives every h2 and h3 with an id a visible link to itself and a "cite" button (shown once
 * the page's script runs; it opens the cite panel for that section).
 */
export function rehypeSectionTools() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "h2" && node.tagName !== "h3") return;
      const id = node.properties?.["id"];
      if (typeof id !== "string") return;
      node.children.push(
        {
          type: "element",
          tagName: "a",
          properties: { className: ["anchor"], href: `#${id}`, ariaLabel: "Link to this section" },
          children: [{ type: "text", value: "#" }],
        },
        {
          type: "element",
          tagName: "button",
          properties: { type: "button", className: ["cite-btn"], dataCiteTarget: id, hidden: true, ariaLabel: "Cite this section" },
          children: [{ type: "text", value: "cite" }],
        },
      );
    });
  };
}
