import type { Element, Root } from "hast";
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";

/** Attributes that hold a URL, on Markdown elements and on HTML written as JSX in MDX alike. */
const urlAttributes = ["href", "src", "poster", "action"] as const;

/**
 * A root-relative path as written in a chapter ("/reward-events/#parity") under the site's base
 * path ("/essay/" -> "/essay/reward-events/#parity"). Anything else is left alone: fragments,
 * queries, relative paths, other origins, protocol-relative URLs and paths already under the base.
 */
export function withBase(url: string, base: string): string {
  if (base === "/" || !url.startsWith("/") || url.startsWith("//") || url.startsWith(base)) return url;
  return `${base}${url.slice(1)}`;
}

/**
 * Chapters write internal links as `/slug/#id`, as if the site were at the root of its domain; this
 * rewrites them for the base path the site is built under (BASE), in Markdown links and in JSX `<a>`.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const { base } = options;
  return (tree: Root) => {
    if (base === "/") return;
    visit(tree, "element", (node: Element) => {
      for (const name of urlAttributes) {
        const value = node.properties?.[name];
        if (typeof value === "string") node.properties[name] = withBase(value, base);
      }
    });
    visit(tree, ["mdxJsxFlowElement", "mdxJsxTextElement"], (node) => {
      const el = node as MdxJsxFlowElementHast | MdxJsxTextElementHast;
      // Only lower-case (HTML) elements: components take their own props and resolve paths themselves.
      if (!el.name || el.name[0] !== el.name[0]!.toLowerCase()) return;
      for (const attr of el.attributes) {
        if (attr.type !== "mdxJsxAttribute") continue;
        const a = attr as MdxJsxAttribute;
        if ((urlAttributes as readonly string[]).includes(a.name) && typeof a.value === "string") a.value = withBase(a.value, base);
      }
    });
  };
}
