import { describe, expect, it } from "vitest";
import { fromSuperscript, powerOfTenText, toSuperscript } from "../../src/text/superscript";

describe("superscript digits", () => {
  it.each([
    ["0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"],
    ["-12", "⁻¹²"],
    ["1e5", "¹e⁵"],
  ])("toSuperscript(%s) is %s, and fromSuperscript reverses it", (plain, raised) => {
    expect(toSuperscript(plain)).toBe(raised);
    expect(fromSuperscript(raised)).toBe(plain);
  });
  it.each([
    [1, "1"],
    [1e5, "10⁵"],
    [1e-2, "10⁻²"],
    [99_000, "10⁵"],
    [1e15, "10¹⁵"],
  ])("powerOfTenText(%s) is %s", (value, text) => {
    expect(powerOfTenText(value)).toBe(text);
  });
});
