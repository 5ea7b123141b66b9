import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

const isElement = (n: unknown): n is Element => typeof n === "object" && n !== null && (n as Element).type === "element";

/**
 * MDX footnotes as sidenotes: each note is also placed, as a margin note, just before the block that
 * cites it; CSS floats those notes into the margin on wide screens, and shows the ordinary notes
 * at the end on narrow screens and in print. Footnote ids get the chapter's name, so they stay
 * unique when every chapter shares one page.
 */
export function rehypeSidenotes() {
  return (tree: Root, file: { path?: string }) => {
    const chapter = (file.path ?? "chapter").split(/[\\/]/).pop()!.replace(/\.mdx?$/, "");
    const prefix = (id: string) =>
      id.replace(/^user-content-fnref-/, `fnref-${chapter}-`).replace(/^user-content-fn-/, `fn-${chapter}-`).replace(/^footnote-label$/, `footnotes-${chapter}`);
    const notes = new Map<string, Element>();
    visit(tree, "element", (node: Element) => {
      const props = node.properties as Record<string, unknown>;
      for (const key of ["id", "ariaDescribedBy"]) {
        const v = props[key];
        if (typeof v === "string") props[key] = prefix(v);
        if (Array.isArray(v)) props[key] = v.map((x) => prefix(String(x)));
      }
      const href = node.properties?.["href"];
      if (typeof href === "string" && href.startsWith("#")) node.properties["href"] = `#${prefix(href.slice(1))}`;
      if (node.tagName === "li" && typeof node.properties?.["id"] === "string" && String(node.properties["id"]).startsWith(`fn-${chapter}-`)) {
        notes.set(String(node.properties["id"]), node);
      }
    });
    if (notes.size === 0) return;
    visit(tree, "element", (block: Element, index, parent) => {
      if (!parent || index === undefined || !["p", "li", "blockquote"].includes(block.tagName) || notes.has(String(block.properties?.["id"]))) return;
      const asides: Element[] = [];
      visit(block, "element", (a: Element) => {
        if (a.tagName !== "a" || a.properties?.["dataFootnoteRef"] === undefined) return;
        const note = notes.get(String(a.properties["href"]).slice(1));
        if (!note) return;
        const label = a.children.find((c) => c.type === "text")?.value ?? "";
        const content = note.children.flatMap((c) => (isElement(c) && c.tagName === "p" ? c.children : [])).filter(
          (c) => !(isElement(c) && c.properties?.["dataFootnoteBackref"] !== undefined),
        );
        asides.push({
          type: "element",
          // A div, not an aside: the note is an aria-hidden visual copy of the footnote, not a landmark.
          tagName: "div",
          properties: { className: ["sidenote"], ariaHidden: "true" },
          children: [{ type: "element", tagName: "sup", properties: {}, children: [{ type: "text", value: label }] }, { type: "text", value: " " }, ...structuredClone(content as ElementContent[])],
        });
      });
      // Before the block, so the float starts level with the paragraph that cites it.
      if (asides.length > 0) parent.children.splice(index, 0, ...asides);
      return asides.length > 0 ? index + 1 + asides.length : undefined;
    });
  };
}
