import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { bibKeys } from "./bibKeys";

/**
 * After rehype-citation: points each citation at "#ref-<key>" (with the key's own case), marks it
 * for previews, and drops the per-citation ids, which would repeat on the one-page edition.
 */
export function rehypeCitationLinks(options: { bibliography: string }) {
  const byLowerCase = new Map([...bibKeys(options.bibliography)].map((k) => [k.toLowerCase(), k]));
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const id = node.properties?.["id"];
      if (node.tagName === "span" && typeof id === "string" && id.startsWith("citation--")) {
        delete node.properties["id"];
        node.properties["className"] = ["citation"];
      }
      const href = node.properties?.["href"];
      if (node.tagName === "a" && typeof href === "string" && href.startsWith("#bib-")) {
        const key = byLowerCase.get(href.slice(5)) ?? href.slice(5);
        node.properties["href"] = `#ref-${key}`;
        node.properties["dataCite"] = key;
        node.properties["className"] = ["cite"];
      }
    });
  };
}
