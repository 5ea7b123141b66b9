import type { Element, Root } from "hast";
import { describe, expect, it } from "vitest";
import { rehypeBaseLinks, withBase } from "../../src/build/markdown/rehypeBaseLinks";

describe("withBase", () => {
  it.each([
    ["/reward-events/#parity", "/sub/reward-events/#parity"],
    ["/the-lab/?labVocabulary=4", "/sub/the-lab/?labVocabulary=4"],
    ["/", "/sub/"],
    ["#parity", "#parity"],
    ["?a=1", "?a=1"],
    ["relative/", "relative/"],
    ["https://arxiv.org/abs/2005.14165", "https://arxiv.org/abs/2005.14165"],
    ["//cdn.example/x.js", "//cdn.example/x.js"],
    ["/sub/already/", "/sub/already/"],
  ])("withBase(%j, \"/sub/\") is %j", (url, want) => {
    expect(withBase(url, "/sub/")).toBe(want);
  });

  it("withBase(url, \"/\") leaves every url alone", () => {
    expect(withBase("/reward-events/", "/")).toBe("/reward-events/");
  });
});

describe("rehypeBaseLinks", () => {
  const a = (href: string): Element => ({ type: "element", tagName: "a", properties: { href }, children: [] });
  const jsx = (name: string, href: string) => ({
    type: "mdxJsxTextElement",
    name,
    attributes: [{ type: "mdxJsxAttribute", name: "href", value: href }],
    children: [],
  });

  it("rehypeBaseLinks({ base }) rewrites Markdown links and JSX <a> written in a chapter, not components' props", () => {
    const tree = { type: "root", children: [a("/reward-events/#parity"), a("#local"), jsx("a", "/the-lab/?labSeed=2"), jsx("Presets", "/kept/")] } as unknown as Root;
    rehypeBaseLinks({ base: "/sub/path/" })(tree);
    const [md, local, html, component] = tree.children as unknown as { properties?: { href: string }; attributes?: { value: string }[] }[];
    expect(md!.properties!.href).toBe("/sub/path/reward-events/#parity");
    expect(local!.properties!.href).toBe("#local");
    expect(html!.attributes![0]!.value).toBe("/sub/path/the-lab/?labSeed=2");
    expect(component!.attributes![0]!.value).toBe("/kept/");
  });
});
