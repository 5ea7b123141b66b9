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
  /** The id of the section (## or ###) the figure sits in; undefined before the first heading. */
  readonly section: string | undefined;
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
    // Headings and figures in document order, so each figure knows the section it sits in.
    visit(tree, ["heading", "mdxJsxFlowElement", "mdxJsxTextElement"], (node) => {
      if (node.type === "heading") {
        const heading = node as Heading;
        if (heading.depth !== 2 && heading.depth !== 3) return;
        const id = (heading.data?.hProperties as { id?: string } | undefined)?.id;
        const title = toString(heading).trim();
        if (!id) throw new Error(`Heading "${title}" in ${where} needs a permanent id: "## ${title} [#some-id]".`);
        sections.push({ id, title, depth: heading.depth });
        return;
      }
      const el = node as Jsx;
      if (el.name !== "Figure" && el.name !== "LabFigure") return;
      const id = attr(el, "id");
      const name = attr(el, "name");
      if (typeof id !== "string" || typeof name !== "string") throw new Error(`<${el.name}> in ${where} needs literal id and name attributes.`);
      const number = figures.length + 1;
      figures.push({ id, number, name, section: sections.at(-1)?.id });
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
