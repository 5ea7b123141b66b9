import type { Heading, Root, Text } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { citationsIn } from "../citing/citationSyntax";

export interface SectionMeta {
  readonly id: string;
  readonly title: string;
  readonly depth: number;
}
export interface FigureMeta {
  readonly id: string;
  readonly number: number;
  readonly name: string;
}
/** What a chapter's layout needs to know about its content, gathered at build time. */
export interface EssayMeta {
  readonly citedKeys: string[];
  readonly sections: SectionMeta[];
  readonly figures: FigureMeta[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const attr = (node: Jsx, name: string) =>
  node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name)?.value;

/**
 * Gathers a chapter's citations, sections and figures into its frontmatter (`essay`), numbers
 * its figures in order (`<Figure number>`), resolves `<FigRef id>` to those numbers, and fails
 * the build on a section heading without a permanent id or a reference to a missing figure.
 */
export function remarkEssayMeta() {
  return (tree: Root, file: { path?: string; data: Record<string, unknown> }) => {
    const where = file.path ?? "a chapter";
    const citedKeys = new Set<string>();
    const sections: SectionMeta[] = [];
    const figures: FigureMeta[] = [];

    visit(tree, "text", (node: Text) => {
      for (const { key } of citationsIn(node.value)) citedKeys.add(key);
    });
    visit(tree, "heading", (node: Heading) => {
      if (node.depth !== 2 && node.depth !== 3) return;
      const id = (node.data?.hProperties as { id?: string } | undefined)?.id;
      const title = toString(node).trim();
      if (!id) throw new Error(`Heading "${title}" in ${where} needs a permanent id: "## ${title} [#some-id]".`);
      sections.push({ id, title, depth: node.depth });
    });
    visit(tree, ["mdxJsxFlowElement", "mdxJsxTextElement"], (node) => {
      const el = node as Jsx;
      if (el.name !== "Figure" && el.name !== "LabFigure") return;
      const id = attr(el, "id");
      const name = attr(el, "name");
      if (typeof id !== "string" || typeof name !== "string") throw new Error(`<${el.name}> in ${where} needs literal id and name attributes.`);
      const number = figures.length + 1;
      figures.push({ id, number, name });
      el.attributes.push({ type: "mdxJsxAttribute", name: "number", value: String(number) });
    });
    visit(tree, ["mdxJsxFlowElement", "mdxJsxTextElement"], (node) => {
      const el = node as Jsx;
      if (el.name !== "FigRef") return;
      const id = attr(el, "id");
      const figure = figures.find((f) => f.id === id);
      if (!figure) throw new Error(`<FigRef id="${String(id)}"> in ${where}: no such figure in this chapter.`);
      el.attributes.push({ type: "mdxJsxAttribute", name: "number", value: String(figure.number) });
    });

    const astro = (file.data["astro"] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, essay: { citedKeys: [...citedKeys], sections, figures } satisfies EssayMeta };
  };
}
