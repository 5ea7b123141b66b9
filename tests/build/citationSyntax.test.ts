import { describe, expect, it } from "vitest";
import { citationsIn, isSupportedLocator } from "../../src/build/citing/citationSyntax";

describe("citationsIn", () => {
  it.each([
    ["as shown [@brown2020gpt3]", [{ key: "brown2020gpt3", locator: undefined }]],
    ["[@brown2020gpt3, sec. 2.1]", [{ key: "brown2020gpt3", locator: "sec. 2.1" }]],
    ["[@ouyang2022instructgpt, §5.1; @brown2020gpt3]", [{ key: "ouyang2022instructgpt", locator: "§5.1" }, { key: "brown2020gpt3", locator: undefined }]],
    ["[see @a-b_c:d, p. 4] and [@e]", [{ key: "a-b_c:d", locator: "p. 4" }, { key: "e", locator: undefined }]],
    ["mail me at x@y.org or [a link](#ref-x)", []],
  ])("citationsIn(%j)", (text, expected) => {
    expect(citationsIn(text)).toEqual(expected);
  });
});

describe("isSupportedLocator", () => {
  it.each(["p. 4", "pp. 3-5", "sec. 2.1", "§3.4.1", "fig. 2", "para. 3", "12", "chap. 1"])("isSupportedLocator(%j) is true", (l) => {
    expect(isSupportedLocator(l)).toBe(true);
  });
  it.each(["Table 2.1", "appendix B", "the intro", "Tab. 3"])("isSupportedLocator(%j) is false: rehype-citation would drop it", (l) => {
    expect(isSupportedLocator(l)).toBe(false);
  });
});
