import { describe, expect, it } from "vitest";
import { normaliseBase, publicAddress } from "../../src/essay/address";

describe("normaliseBase", () => {
  it.each([
    ["", "/"],
    ["/", "/"],
    ["repo", "/repo/"],
    ["/repo", "/repo/"],
    ["/repo/", "/repo/"],
    ["//a//b/", "/a/b/"],
  ])("normaliseBase(%j) is %j", (given, want) => {
    expect(normaliseBase(given)).toBe(want);
  });
});

describe("publicAddress", () => {
  it("publicAddress({}) with no configured URL is the root of an unknown host", () => {
    expect(publicAddress({}, undefined)).toEqual({ site: undefined, base: "/" });
  });

  it("publicAddress(env) takes BASE and SITE_URL from the environment, as a deploy sets them", () => {
    expect(publicAddress({ BASE: "/bits/", SITE_URL: "https://owner.github.io" }, undefined)).toEqual({ site: "https://owner.github.io", base: "/bits/" });
  });

  it("publicAddress(env) publishes under SITE_URL's path when BASE is not given", () => {
    expect(publicAddress({ SITE_URL: "https://owner.github.io/bits" }, undefined)).toEqual({ site: "https://owner.github.io", base: "/bits/" });
  });

  it("publicAddress({}, url) falls back to the essay's configured canonical URL", () => {
    expect(publicAddress({}, "https://example.org/essays/bits/")).toEqual({ site: "https://example.org", base: "/essays/bits/" });
  });

  it("publicAddress(env, url) lets a deploy's environment override the configured URL", () => {
    expect(publicAddress({ BASE: "/preview/" }, "https://example.org/bits/")).toEqual({ site: "https://example.org", base: "/preview/" });
  });
});
